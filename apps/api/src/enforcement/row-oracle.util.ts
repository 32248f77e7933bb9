import { getMetadataStorage } from '@lawful/annotations';
import { Contact } from '../processor/crm/contact.entity';
import { coversPurpose } from './field-oracle.util';

/**
 * Subject state a test recorded for contacts (through the API), which the row oracle applies.
 *
 * @example
 * const facts: SubjectFacts = { consents: new Map([['service.communications.campaigns', new Set([id])]]), objections: new Map(), restricted: new Set() };
 */
export interface SubjectFacts {
  /** Contact ids with a granted consent, per consent purpose. */
  consents: ReadonlyMap<string, ReadonlySet<string>>;
  /** Contact ids objecting, per purpose objected to. */
  objections: ReadonlyMap<string, ReadonlySet<string>>;
  /** Contact ids whose processing is restricted. */
  restricted: ReadonlySet<string>;
}

/**
 * No consent, objection or restriction recorded.
 *
 * @example
 * visibleIds(Contact, otherRows, 'service.crm', NO_SUBJECT_FACTS); // every row
 */
export const NO_SUBJECT_FACTS: SubjectFacts = { consents: new Map(), objections: new Map(), restricted: new Set() };

/**
 * The property of `entity` naming the CRM contact a row is about: `id` for `Contact` itself, else the property
 * annotated `@OwnedBy(() => Contact)`; `undefined` when rows are about no contact.
 *
 * @example
 * contactKeyOf(Deal); // 'contactId'
 */
export function contactKeyOf(entity: object): string | undefined {
  if (entity === Contact) return 'id';
  return getMetadataStorage().entityOf(entity as never).owners.find((o) => o.owner() === Contact)?.property;
}

/**
 * Whether a row about contact `contactId` (or about none, `null`) may be processed under `purpose`, from the
 * purpose registry and the recorded facts (GDPR Art. 6(1)(a), 18, 21): a consent purpose needs a granted consent
 * for it; a legitimate-interest purpose is off for a contact objecting to it or to an ancestor; a restricted
 * contact is processed only for purposes allowed when restricted.
 *
 * @example
 * rowVisible(contactId, 'service.communications.campaigns', facts); // true only with a recorded consent
 */
export function rowVisible(contactId: string | null, purpose: string, facts: SubjectFacts): boolean {
  const registered = getMetadataStorage().registry.purposes.get(purpose);
  if (registered === undefined) throw new Error(`purpose ${purpose} is not registered`);
  if (contactId === null) return registered.legalBasis !== 'consent';
  if (registered.legalBasis === 'consent' && !(facts.consents.get(purpose)?.has(contactId) ?? false)) return false;
  if (registered.legalBasis === 'legitimate_interests') {
    for (const [objected, ids] of facts.objections) if (ids.has(contactId) && coversPurpose(objected, purpose)) return false;
  }
  return !(facts.restricted.has(contactId) && registered.allowedWhenRestricted !== true);
}

/**
 * The ids of `rows` (one workspace's rows of `entity`) a request under `purpose` may see.
 *
 * @example
 * visibleIds(Deal, demoDeals, 'service.crm', facts).has(deal.id);
 */
export function visibleIds(entity: object, rows: readonly Record<string, unknown>[], purpose: string, facts: SubjectFacts): Set<string> {
  const key = contactKeyOf(entity);
  const about = (row: Record<string, unknown>) => (key === undefined ? null : ((row[key] as string | null) ?? null));
  return new Set(rows.filter((row) => (key === undefined ? true : rowVisible(about(row), purpose, facts))).map((row) => String(row.id)));
}
