import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';

/**
 * One route of a controller as declared by its decorators (global prefix and versioning not applied).
 *
 * @example
 * const route: ControllerRoute = { handlerName: 'get', handler, method: 'GET', paths: ['/contacts/:id'] };
 */
export interface ControllerRoute {
  handlerName: string;
  handler: (...args: unknown[]) => unknown;
  method: string;
  paths: string[];
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [value === undefined ? '' : String(value)]);
const join = (...parts: string[]): string => `/${parts.flatMap((p) => p.split('/')).filter((s) => s !== '').join('/')}`;

/**
 * The routes a controller class declares: every method carrying a route decorator (`@Get`, `@Post`, …), with its
 * HTTP method and the paths built from the controller's and the method's `path`.
 *
 * @example
 * controllerRoutes(ContactsController).map((r) => `${r.method} ${r.paths[0]}`); // ['GET /workspaces/:workspaceId/contacts', …]
 */
export function controllerRoutes(controller: Type<unknown>, scanner = new MetadataScanner()): ControllerRoute[] {
  const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, ControllerRoute['handler']>;
  const routes: ControllerRoute[] = [];
  for (const handlerName of scanner.getAllMethodNames(prototype)) {
    const handler = prototype[handlerName];
    const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
    if (path === undefined) continue;
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
    routes.push({ handlerName, handler, method, paths: prefixes.flatMap((prefix) => asList(path).map((p) => join(prefix, p))) });
  }
  return routes;
}
