import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import type { InjectionToken } from '@nestjs/common';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';
import { getRepositoryToken } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { LawfulQuery } from '../query/lawful.query';
import { declaredDependencies } from './declared-dependencies.util';

/** Marks a dependency that ends the search: the repository of an entity without privacy annotations. */
const UNANNOTATED = Symbol('unannotated repository');

const isClassOf = (token: unknown, base: abstract new (...args: never[]) => unknown): boolean =>
  typeof token === 'function' && (token === base || token.prototype instanceof base);
const nameOf = (token: unknown): string => (typeof token === 'function' ? token.name : String(token));

/**
 * Decides, from the Nest dependency graph and without calling anything, whether a controller can read or write
 * annotated entities: its dependencies, followed transitively through injected providers, include a TypeORM
 * `DataSource` or `EntityManager` (unscoped database access), a `LawfulQuery`, or the repository of an entity
 * the privacy metadata storage knows. Dependencies come from the graph Nest resolved (`getCtorMetadata`), else
 * (request-scoped providers, not yet instantiated) from decorator metadata with tokens resolved to the app's
 * providers. A repository of an unannotated entity is not followed further.
 *
 * @example
 * const finder = new DatabaseAccessFinder(discovery.getProviders(), getMetadataStorage());
 * finder.pathFrom(controllerWrapper); // ['AuthService', 'DataSource'], or undefined
 */
export class DatabaseAccessFinder {
  private readonly annotated: Map<unknown, string>;
  private readonly providers = new Map<InjectionToken, InstanceWrapper[]>();

  constructor(providers: readonly InstanceWrapper[], storage: PrivacyMetadataStorage) {
    this.annotated = new Map(storage.entities().map((entity: EntityTarget) => [entity, entity.name]));
    for (const wrapper of providers) this.providers.set(wrapper.token, [...(this.providers.get(wrapper.token) ?? []), wrapper]);
  }

  /** The dependency chain from `wrapper` to database access (e.g. `['AuthService', 'DataSource']`), or undefined. */
  pathFrom(wrapper: InstanceWrapper): string[] | undefined {
    return this.walk(wrapper, new Set());
  }

  private walk(wrapper: InstanceWrapper, seen: Set<InstanceWrapper>): string[] | undefined {
    seen.add(wrapper);
    for (const dependency of this.dependencies(wrapper)) {
      const access = this.access(dependency.token, dependency.wrapper?.instance);
      if (access === UNANNOTATED) continue;
      if (access !== undefined) return [access];
      if (dependency.wrapper === undefined || seen.has(dependency.wrapper)) continue;
      const rest = this.walk(dependency.wrapper, seen);
      if (rest !== undefined) return [nameOf(dependency.token), ...rest];
    }
    return undefined;
  }

  private dependencies(wrapper: InstanceWrapper): { token: InjectionToken; wrapper?: InstanceWrapper }[] {
    const resolved = [...(wrapper.getCtorMetadata() ?? []), ...(wrapper.getPropertiesMetadata() ?? []).map((p) => p?.wrapper)];
    const present = resolved.filter((w): w is InstanceWrapper => w !== undefined && w !== null);
    if (present.length > 0) return present.map((w) => ({ token: w.token, wrapper: w }));
    return declaredDependencies(wrapper).map((token) => ({ token, wrapper: this.lookup(token, wrapper) }));
  }

  /** The provider `token` resolves to, preferring the one in the asking wrapper's module. */
  private lookup(token: InjectionToken, from: InstanceWrapper): InstanceWrapper | undefined {
    const candidates = this.providers.get(token) ?? [];
    return candidates.find((c) => c.host === from.host) ?? candidates[0];
  }

  /** What database access a dependency is, `UNANNOTATED` for a repository of an unannotated entity, else undefined. */
  private access(token: InjectionToken, instance: unknown): string | typeof UNANNOTATED | undefined {
    if (isClassOf(token, DataSource) || instance instanceof DataSource) return 'DataSource';
    if (isClassOf(token, EntityManager) || instance instanceof EntityManager) return 'EntityManager';
    if (isClassOf(token, LawfulQuery) || instance instanceof LawfulQuery) return 'LawfulQuery';
    if (instance instanceof Repository) {
      const entity = this.annotated.get(instance.target);
      return entity === undefined ? UNANNOTATED : `Repository<${entity}>`;
    }
    if (typeof token !== 'string') return undefined;
    for (const [target, entity] of this.annotated) {
      const repositoryToken = getRepositoryToken(target as EntityTarget);
      if (token === repositoryToken || token.endsWith(`_${String(repositoryToken)}`)) return `Repository<${entity}>`;
    }
    return undefined;
  }
}
