import { getMetadataStorage } from '@lawful/annotations';
import { assertRequestPurpose } from '@lawful/policy';
import { Inject, Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';
import { controllerRoutes } from '../boot/controller-routes.util';
import { DatabaseAccessFinder } from '../boot/database-access.finder';
import { MissingRoutePurposeError } from '../boot/missing-route-purpose.error';
import { WITHOUT_PURPOSE_METADATA } from '../boot/without-purpose.decorator';
import { LAWFUL_OPTIONS, PURPOSES_METADATA } from '../constants';
import type { LawfulModuleOptions } from '../module/lawful-module-options.types';
import { RoutePurposeError } from './route-purpose.error';

/** A controller class or one of its methods: what `Reflector.get` reads metadata from. */
type Handler = Parameters<Reflector['get']>[1];

/**
 * Start-up checks (registered by `LawfulModule`), run at `app.init()`:
 * 1. every purpose named by `@Purpose` on a controller or one of its methods must be registered and not
 *    prohibited, else `RoutePurposeError` naming `Controller.method`;
 * 2. every route of a controller whose dependencies reach annotated entities (see `DatabaseAccessFinder`) must
 *    declare `@Purpose` (route or controller) or `@WithoutPurpose(reason)`, and no route may carry both, else
 *    `MissingRoutePurposeError` naming `Controller.handler (METHOD /path)`.
 * A typo or a forgotten purpose is thus a deployment error, never a 400 for clients or unscoped processing.
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
    const controllers = this.discovery.getControllers().filter((w) => typeof w.metatype === 'function');
    const invalid = controllers.flatMap((wrapper) => this.invalidPurposes(wrapper.metatype as Type<unknown>));
    if (invalid.length > 0) throw new RoutePurposeError(invalid);
    const finder = new DatabaseAccessFinder(this.discovery.getProviders(), this.options.storage ?? getMetadataStorage());
    const missing = controllers.flatMap((wrapper) => this.missingPurposes(wrapper, finder));
    if (missing.length > 0) throw new MissingRoutePurposeError(missing);
  }

  private invalidPurposes(controller: Type<unknown>): string[] {
    const registry = (this.options.storage ?? getMetadataStorage()).registry;
    const targets: [string, Handler][] = [[controller.name, controller]];
    for (const method of this.scanner.getAllMethodNames(controller.prototype)) {
      targets.push([`${controller.name}.${method}`, (controller.prototype as Record<string, Handler>)[method]]);
    }
    const problems: string[] = [];
    for (const [name, target] of targets) {
      for (const key of this.reflector.get<readonly string[] | undefined, string>(PURPOSES_METADATA, target) ?? []) {
        try {
          assertRequestPurpose(key, registry);
        } catch (error) {
          problems.push(`${name}: ${(error as Error).message}`);
        }
      }
    }
    return problems;
  }

  private missingPurposes(wrapper: InstanceWrapper, finder: DatabaseAccessFinder): string[] {
    const controller = wrapper.metatype as Type<unknown>;
    let access: string[] | undefined | null = null;
    const problems: string[] = [];
    for (const route of controllerRoutes(controller, this.scanner)) {
      const name = `${controller.name}.${route.handlerName} (${route.method} ${route.paths.join(', ')})`;
      const purposes = this.reflector.getAllAndOverride<readonly string[] | undefined>(PURPOSES_METADATA, [route.handler, controller]);
      const exemption = this.reflector.getAllAndOverride<string | undefined>(WITHOUT_PURPOSE_METADATA, [route.handler, controller]);
      if (purposes !== undefined && exemption !== undefined) {
        problems.push(`${name} declares both @Purpose and @WithoutPurpose; keep @Purpose('…') if it processes personal data for a purpose, else only @WithoutPurpose(reason)`);
        continue;
      }
      if (purposes !== undefined || exemption !== undefined) continue;
      access = access === null ? finder.pathFrom(wrapper) : access;
      if (access === undefined) continue;
      problems.push(
        `${name} can read or write annotated entities (${controller.name} → ${access.join(' → ')}) but declares no purpose; ` +
          `add @Purpose('<purpose key>') to the route or its controller, or @WithoutPurpose('<reason>') if it processes no personal data for a purpose`,
      );
    }
    return problems;
  }
}
