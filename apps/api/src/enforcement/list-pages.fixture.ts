import type { Caller } from '../testing/seeded-app.fixture';
import type { ApiRoute } from './api-routes.fixture';

/**
 * What one caller got from a list route: its status and, on 200, every item over all pages.
 *
 * @example
 * const result: ListResult = { status: 404, items: [], total: 0 }; // another workspace
 */
export interface ListResult {
  status: number;
  items: Record<string, unknown>[];
  /** `total` the route reported (the item count for routes answering a plain array). */
  total: number;
}

/**
 * Reads every page of `route` in `workspaceId` (100 per page when the route takes a paginated query; routes
 * answering a plain array in one request), stopping at the first non-200 answer.
 *
 * @example
 * const { status, items } = await readAllPages(seeded.as('viewer@demo.test', 'service.crm'), dealsList, seeded.demo);
 */
export async function readAllPages(caller: Caller, route: ApiRoute, workspaceId: string): Promise<ListResult> {
  const path = route.path.replace(':workspaceId', workspaceId);
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const res = await caller.get(route.query === undefined ? path : `${path}?page=${page}&pageSize=100`);
    if (res.status !== 200) return { status: res.status, items, total: 0 };
    const body = res.body as Record<string, unknown>[] | { items: Record<string, unknown>[]; total: number };
    if (Array.isArray(body)) return { status: 200, items: body, total: body.length };
    items.push(...body.items);
    if (body.items.length < 100 || route.query === undefined) return { status: 200, items, total: body.total };
  }
}
