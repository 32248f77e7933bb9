import { type EntityTarget, getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import type { SubjectStateFilter } from '@lawful/policy';
import { Contact } from '../crm/contact.entity';
import { type SubjectStatePlan, subjectStatePlan } from './subject-state.plan';

/** The subject-state columns of one SQL row (text arrays of contact ids; absent when the plan needs none). */
export interface SubjectStateRow {
  ss_restricted?: string[] | null;
  ss_objected?: string[] | null;
  ss_consented?: string[] | null;
}

/** An entity property holding the id of the contact a row is about. */
interface SubjectReference {
  entity: string;
  property: string;
}

/**
 * Builds the subject-state part of a request's SQL and turns its result into `SubjectStateFilter`s, so that
 * membership, field restrictions and subject state can be read in ONE round trip (`WorkspaceContextResolver`)
 * or alone (`SubjectStateService.filtersFor`). Every entity about a contact gets the filters: the contact
 * itself (`id`) and each property annotated `@OwnedBy(() => Contact)` (read from the annotations storage, inherited
 * annotations included, annotated base classes skipped; shared ownership included: a row about several contacts
 * is withheld when any of them is).
 *
 * @example
 * const query = new SubjectStateQuery();
 * const plan = query.plan('ai.lead_scoring');
 * const sql = `SELECT ${query.columns(plan, '$1', (v) => { params.push(v); return `$${params.length}`; }).join(', ')}`;
 * const filters = query.filters(plan, (await dataSource.query(sql, params))[0]);
 */
export class SubjectStateQuery {
  /** Entities and properties the filters apply to, the contact itself first. */
  readonly references: readonly SubjectReference[];
  private readonly plans = new Map<string, SubjectStatePlan>();

  constructor(
    private readonly storage: PrivacyMetadataStorage = getMetadataStorage(),
    subject: EntityTarget = Contact,
  ) {
    const targets = storage.entities();
    // Annotated base classes (e.g. ContactStateEntity) are no subject types of their own: their subclasses are.
    const bases = new Set<unknown>();
    for (const target of targets) for (let p = Object.getPrototypeOf(target); p && p !== Function.prototype; p = Object.getPrototypeOf(p)) bases.add(p);
    const owned = targets
      .filter((target) => !bases.has(target))
      .flatMap((target) => storage.entityOf(target).owners.filter((o) => o.owner() === subject).map((o) => ({ entity: target.name, property: o.property })));
    this.references = Object.freeze([{ entity: subject.name, property: 'id' }, ...owned]);
  }

  /** The purpose's plan (derived from the sealed registry once per purpose). */
  plan(purpose: string): SubjectStatePlan {
    let plan = this.plans.get(purpose);
    if (plan === undefined) {
      plan = subjectStatePlan(purpose, this.storage.registry);
      this.plans.set(purpose, plan);
    }
    return plan;
  }

  /** SQL select-list expressions for `plan`; `workspace` is the placeholder of the workspace id, `param` adds a parameter. */
  columns(plan: SubjectStatePlan, workspace: string, param: (value: unknown) => string): string[] {
    const columns: string[] = [];
    if (plan.restriction) {
      columns.push(`ARRAY(SELECT r.contact_id::text FROM contact_processing_restrictions r WHERE r.workspace_id = ${workspace} AND r.lifted_at IS NULL) AS ss_restricted`);
    }
    if (plan.objectionPurposes !== null) {
      const purposes = param([...plan.objectionPurposes]);
      columns.push(
        `ARRAY(SELECT DISTINCT o.contact_id::text FROM contact_objections o WHERE o.workspace_id = ${workspace} AND o.withdrawn_at IS NULL AND o.purpose = ANY(${purposes}::text[])) AS ss_objected`,
      );
    }
    if (plan.consentPurposes !== null) {
      // Per contact, the most specific purpose with a record decides; within it the latest record wins.
      const purposes = param([...plan.consentPurposes]);
      columns.push(
        `ARRAY(SELECT l.contact_id::text FROM (SELECT DISTINCT ON (k.contact_id) k.contact_id, k.granted FROM contact_consents k` +
          ` WHERE k.workspace_id = ${workspace} AND k.purpose = ANY(${purposes}::text[])` +
          ` ORDER BY k.contact_id, array_position(${purposes}::text[], k.purpose), k.recorded_at DESC, k.created_at DESC) l WHERE l.granted) AS ss_consented`,
      );
    }
    return columns;
  }

  /** The filters for a row read with `columns(plan, …)`; none when nobody is withheld. */
  filters(plan: SubjectStatePlan, row: SubjectStateRow): SubjectStateFilter[] {
    const filters: SubjectStateFilter[] = [];
    const restricted = row.ss_restricted ?? [];
    const objected = row.ss_objected ?? [];
    for (const { entity, property } of this.references) {
      if (plan.restriction && restricted.length > 0) filters.push({ entity, reason: 'restriction', exclude: { [property]: { $in: restricted } } });
      if (plan.objectionPurposes !== null && objected.length > 0) filters.push({ entity, reason: 'objection', exclude: { [property]: { $in: objected } } });
      // Everybody but the consenting contacts; rows about no contact (NULL reference) are not withheld.
      if (plan.consentPurposes !== null) filters.push({ entity, reason: 'consent', exclude: { [property]: { $nin: [...(row.ss_consented ?? []), null] } } });
    }
    return filters;
  }
}
