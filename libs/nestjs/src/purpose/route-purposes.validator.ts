import { getMetadataStorage } from '@lawful/annotations';
import { assertRequestPurpose } from '@lawful/policy';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { LAWFUL_OPTIONS, PURPOSES_METADATA } from '../constants';
import type { LawfulModuleOptions } from '../module/lawful-module-options.types';
import { RoutePurposeError } from './route-purpose.error';

/** A controller class or one of its methods: what `Reflector.get` reads metadata from. */
type Handler = Parameters<Reflector['get']>[1];

/**
 * Start-up check (registered by `LawfulModule`): every purpose named by `@Purpose` on a controller or one of its
 * methods must be registered and not prohibited, else `RoutePurposeError` naming `Controller.method` stops the
 * boot. A typo in a route's purpose is thus a deployment error, never a 400 for clients.
 *
 * @example
 * // @Purpose('servce.crm') on ContactsController.list → app.init() throws:
 * // Invalid @Purpose declarations: - ContactsController.list: Purpose "servce.crm" is not registered; …
 */
@Injectable()
export class RoutePurposesValidator implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(LAWFUL_OPTIONS) private readonly options: LawfulModuleOptions,
  ) {}

  onModuleInit(): void {
    const registry = (this.options.storage ?? getMetadataStorage()).registry;
    const problems: string[] = [];
    for (const { metatype } of this.discovery.getControllers()) {
      if (typeof metatype !== 'function') continue;
      const targets: [string, Handler][] = [[metatype.name, metatype]];
      for (const method of this.scanner.getAllMethodNames(metatype.prototype)) {
        targets.push([`${metatype.name}.${method}`, (metatype.prototype as Record<string, Handler>)[method]]);
      }
      for (const [name, target] of targets) {
        for (const key of this.reflector.get<readonly string[] | undefined, string>(PURPOSES_METADATA, target) ?? []) {
          try {
            assertRequestPurpose(key, registry);
          } catch (error) {
            problems.push(`${name}: ${(error as Error).message}`);
          }
        }
      }
    }
    if (problems.length > 0) throw new RoutePurposeError(problems);
  }
}
