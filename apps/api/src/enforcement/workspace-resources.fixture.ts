import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ApiRoute } from './api-routes.fixture';

/** Route segments whose table is named differently (the only hand-written link between a route and its entity). */
const TABLE_OF_SEGMENT: Readonly<Record<string, string>> = { members: 'memberships' };

/**
 * The routes of one workspace resource (`/workspaces/:workspaceId/<segment>[/:id]`) and the entity they serve.
 *
 * @example
 * const deals: WorkspaceResource = { segment: 'deals', entity: Deal, list, get, create, update, remove };
 */
export interface WorkspaceResource {
  segment: string;
  /** Entity class whose rows the routes answer. */
  entity: EntityTarget<ObjectLiteral> & { name: string };
  list?: ApiRoute;
  get?: ApiRoute;
  create?: ApiRoute;
  update?: ApiRoute;
  remove?: ApiRoute;
}

const RESOURCE_PATH = /^\/workspaces\/:workspaceId\/([a-z-]+)(\/:id)?$/;

/**
 * Groups the routes shaped `/workspaces/:workspaceId/<segment>` (list, create) and `…/<segment>/:id` (get,
 * update, delete) by segment, and finds each segment's entity among the TypeORM entities by table name
 * (`deals` → table `deals`). `unmatched` holds the routes with `@Purpose` under `/workspaces/:workspaceId/`
 * that are not such resource routes or name no table, for the caller to account for.
 *
 * @example
 * const { resources } = workspaceResources(apiRoutes(app), dataSource);
 * resources.find((r) => r.segment === 'contacts')?.entity; // Contact
 */
export function workspaceResources(routes: readonly ApiRoute[], dataSource: DataSource): { resources: WorkspaceResource[]; unmatched: ApiRoute[] } {
  const bySegment = new Map<string, WorkspaceResource>();
  const unmatched: ApiRoute[] = [];
  for (const route of routes) {
    if (!route.path.startsWith('/workspaces/:workspaceId/') || route.purposes.length === 0) continue;
    const match = RESOURCE_PATH.exec(route.path);
    const segment = match?.[1] ?? '';
    const table = TABLE_OF_SEGMENT[segment] ?? segment.replace(/-/g, '_');
    const metadata = dataSource.entityMetadatas.find((m) => m.tableName === table);
    if (match === null || metadata === undefined || typeof metadata.target !== 'function') {
      unmatched.push(route);
      continue;
    }
    const resource = bySegment.get(segment) ?? { segment, entity: metadata.target as WorkspaceResource['entity'] };
    bySegment.set(segment, resource);
    const single = match[2] !== undefined;
    if (route.method === 'GET') resource[single ? 'get' : 'list'] = route;
    else if (route.method === 'POST' && !single) resource.create = route;
    else if (route.method === 'PATCH' && single) resource.update = route;
    else if (route.method === 'DELETE' && single) resource.remove = route;
    else unmatched.push(route);
  }
  return { resources: [...bySegment.values()], unmatched };
}
