import { PURPOSES_METADATA } from '@lawful/nestjs';
import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';

/**
 * One route of the running app, read from its controllers' decorators (nothing hand-listed).
 *
 * @example
 * const route: ApiRoute = apiRoutes(app).find((r) => r.path === '/workspaces/:workspaceId/deals')!; // route.purposes: ['service.crm']
 */
export interface ApiRoute {
  controller: Type<unknown>;
  handlerName: string;
  /** `GET`, `POST`, `PATCH`, `PUT` or `DELETE`. */
  method: string;
  /** Path as declared, e.g. `/workspaces/:workspaceId/contacts/:id`. */
  path: string;
  /** Purposes `@Purpose` allows on the route (its own, else its controller's); empty without `@Purpose`. */
  purposes: readonly string[];
  /** Class of the `@Query()` parameter, when the handler takes one. */
  query?: Type<object>;
  /** Class of the `@Body()` parameter, when the handler takes one. */
  body?: Type<object>;
}

const segments = (value: unknown): string[] => String(value ?? '').split('/').filter((s) => s !== '');

function paramClass(controller: Type<unknown>, handlerName: string, kind: RouteParamtypes): Type<object> | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, handlerName) ?? []) as Type<object>[];
  const entry = Object.entries(args).find(([key, arg]) => key.split(':')[0] === String(kind) && arg.data === undefined);
  return entry === undefined ? undefined : types[entry[1].index];
}

/**
 * Every route of every controller registered in `app` (through Nest's module container), with the purposes
 * `@Purpose` declares (metadata key `PURPOSES_METADATA`, route over controller) and its query and body classes.
 *
 * @example
 * const reads = apiRoutes(app).filter((r) => r.method === 'GET' && r.purposes.length > 0);
 */
export function apiRoutes(app: INestApplication): ApiRoute[] {
  const controllers = new Set<Type<unknown>>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (typeof wrapper.metatype === 'function') controllers.add(wrapper.metatype as Type<unknown>);
    }
  }
  const scanner = new MetadataScanner();
  const routes: ApiRoute[] = [];
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, object>;
    const classPurposes = Reflect.getMetadata(PURPOSES_METADATA, controller) as readonly string[] | undefined;
    for (const handlerName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[handlerName];
      const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const methodKey = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
      routes.push({
        controller,
        handlerName,
        method: RequestMethod[methodKey] ?? 'GET',
        path: `/${[...segments(Reflect.getMetadata(PATH_METADATA, controller)), ...segments(path)].join('/')}`,
        purposes: (Reflect.getMetadata(PURPOSES_METADATA, handler) as readonly string[] | undefined) ?? classPurposes ?? [],
        query: paramClass(controller, handlerName, RouteParamtypes.QUERY),
        body: paramClass(controller, handlerName, RouteParamtypes.BODY),
      });
    }
  }
  return routes;
}
