import { getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { LruCache } from '../cache/lru.cache';
import { createMongoAbility, type RawRuleOf } from '@casl/ability';
import { UnknownRoleError } from '../errors/unknown-role.error';
import { type EntityPolicy, indexEntityPolicies } from '../fields/entity-policy.index';
import { PermittedFieldsResolver } from '../fields/permitted-fields.resolver';
import { assertRequestPurpose } from '../purpose/request-purpose.validator';
import { WORKSPACE_ROLES } from '../roles/role-defaults.constants';
import type { BuildAbilityInput } from '../types/build-ability-input.types';
import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';
import type { PolicyAbility, PolicyAction, WorkspaceRole } from '../types/policy.types';
import { restrictionsFingerprint, type RuleTemplate, ruleTemplates } from './rule-template.util';
import { subjectStateRules } from './subject-state.rules';

/**
 * Options of `PolicyAbilityFactory`.
 *
 * @example
 * new PolicyAbilityFactory({ cacheSize: 5_000, accountHolderSubject: 'account_holder' });
 */
export interface PolicyAbilityFactoryOptions {
  /** Annotations and registries to read; defaults to `getMetadataStorage()`. */
  storage?: PrivacyMetadataStorage;
  /** Bound of each LRU cache (permitted fields, rule templates), in entries; defaults to 10 000. 0 disables caching. */
  cacheSize?: number;
  /** Subject key of the service's users; defaults to `'account_holder'`. */
  accountHolderSubject?: string;
  /** Property holding the user id on the account root entity; defaults to `'id'`. */
  accountIdProperty?: string;
}

/**
 * Builds the CASL ability of one request from workspace role, purpose, the workspace's field restrictions
 * and subject state. Plain class (no framework): create one per process after the annotations are sealed;
 * it snapshots the annotated entities at construction.
 *
 * For each annotated entity (subject type = class name) one `can` rule lists the permitted `fields`:
 * - workspace-scoped entities: the role's actions (`ROLE_ACTIONS`) on rows `{ [workspaceKey]: workspaceId }`;
 * - the user's own account data (see `indexEntityPolicies`): all actions on rows owned by `userId`;
 * - other entities get no rule (denied).
 * Then one `cannot` rule per applicable `SubjectStateFilter`. Entities with no permitted field get no rule.
 *
 * @example
 * const factory = new PolicyAbilityFactory();
 * const ability = factory.build({ workspaceId: 'w1', userId: 'u1', role: 'viewer', purpose: 'service.crm', restrictions: NO_RESTRICTIONS });
 * ability.can('read', 'Contact', 'email'); // true when email has purpose service.crm (or an ancestor)
 */
export class PolicyAbilityFactory {
  private readonly storage: PrivacyMetadataStorage;
  private readonly entities: ReadonlyMap<string, EntityPolicy>;
  private readonly resolver: PermittedFieldsResolver;
  /** Ability rules without ids, per (role, purpose, restrictions fingerprint). */
  private readonly templates: LruCache<readonly RuleTemplate[]>;
  private readonly abilities: LruCache<PolicyAbility>;

  constructor(options: PolicyAbilityFactoryOptions = {}) {
    this.storage = options.storage ?? getMetadataStorage();
    this.entities = indexEntityPolicies(this.storage, {
      accountHolderSubject: options.accountHolderSubject ?? 'account_holder',
      accountIdProperty: options.accountIdProperty ?? 'id',
    });
    this.resolver = new PermittedFieldsResolver(this.entities, this.storage.registry, options.cacheSize ?? 10_000);
    this.templates = new LruCache(options.cacheSize ?? 10_000);
    this.abilities = new LruCache(options.cacheSize ?? 10_000);
  }

  /** Subject types (entity class names) the factory knows. */
  get entityNames(): string[] {
    return [...this.entities.keys()];
  }

  /** The snapshot of one entity (fields, purposes, row scope), or `undefined`. */
  entity(name: string): EntityPolicy | undefined {
    return this.entities.get(name);
  }

  /** Permitted fields of `entity` for `role` and `purpose` under `restrictions` (cached; frozen array). */
  permittedFields(role: WorkspaceRole, purpose: string, entity: string, restrictions: WorkspaceFieldRestrictions): readonly string[] {
    return this.resolver.permittedFields(role, purpose, entity, restrictions);
  }

  /**
   * The request's ability; throws `UnknownRoleError`, `UnregisteredPurposeError`, `PurposeNotAllowedError`,
   * `UnknownEntityError`. Equal inputs (role, purpose, restrictions content, workspace, user, subject state)
   * return the same cached ability (bounded LRU): treat it as immutable — never call `update()` on it.
   */
  build(input: BuildAbilityInput): PolicyAbility {
    const { workspaceId, userId, role, restrictions } = input;
    if (!(WORKSPACE_ROLES as readonly string[]).includes(role)) throw new UnknownRoleError(role);
    const purpose = assertRequestPurpose(input.purpose, this.storage.registry);
    const fingerprint = restrictionsFingerprint(role, restrictions);
    // Abilities are immutable (never `update()`d): equal inputs share one, so repeated requests skip the build.
    const state = input.subjectState === undefined || input.subjectState.length === 0 ? '' : JSON.stringify(input.subjectState);
    const who = `${workspaceId}\u0000${userId}\u0000${state}`;
    const cached = this.abilities.get(role, purpose.key, fingerprint, who);
    if (cached !== undefined) return cached;
    let templates = this.templates.get(role, purpose.key, fingerprint);
    if (templates === undefined) {
      templates = ruleTemplates(this.entities.values(), this.resolver, role, purpose.key, restrictions);
      this.templates.set([role, purpose.key, fingerprint], templates);
    }
    const rules: RawRuleOf<PolicyAbility>[] = templates.map((t) => ({
      action: t.action as PolicyAction[],
      subject: t.subject,
      fields: t.fields as string[],
      conditions: { [t.property]: t.kind === 'workspace' ? workspaceId : userId },
    }));
    rules.push(...subjectStateRules(input.subjectState ?? [], purpose, this.entities));
    const ability = createMongoAbility<PolicyAbility>(rules);
    this.abilities.set([role, purpose.key, fingerprint, who], ability);
    return ability;
  }
}
