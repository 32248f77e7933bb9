import {
  type EntityTarget,
  type PersonalFieldMetadata,
  type PrivacyMetadataStorage,
  type SourceLocation,
  keyAndAncestors,
  parentKey,
} from '@lawful/annotations';
import { relative } from 'node:path';
import type { SchemaMapping } from '../schema/schema-mapping.types';
import { buildAutomatedDecisions } from './automated-decisions.builder';
import { DATA_MAP_SCHEMA_VERSION, type DataMap, type DataMapField, type DataMapLocation } from './data-map.types';

/** What a data map is built from. */
export interface DataMapInput {
  storage: PrivacyMetadataStorage;
  /** Concrete entity classes to map (abstract bases are reached through them). */
  entities: EntityTarget[];
  /** Table and column names; without it `table`/`column` are null and unannotated columns are unknown. */
  mapping?: SchemaMapping;
  /** Project root that file locations are made relative to (default: the working directory). */
  root?: string;
  generatedAt?: Date;
}

/**
 * Builds the canonical data map from the annotations, the registries and (optionally) the ORM mapping.
 * Entities and fields come out sorted by name, so two maps of the same code compare equal.
 *
 * @example
 * const map = buildDataMap({ storage: getMetadataStorage(), entities: ENTITIES, mapping });
 */
export function buildDataMap(input: DataMapInput): DataMap {
  const { storage, mapping } = input;
  const { registry } = storage;
  const root = input.root ?? process.cwd();
  const at = (loc: SourceLocation | undefined): DataMapLocation | null => (loc ? { file: relative(root, loc.file).split('\\').join('/'), line: loc.line } : null);
  const entities = [...input.entities].sort((a, b) => a.name.localeCompare(b.name));
  const fields: DataMapField[] = [];
  const mapped = entities.map((target) => {
    const meta = storage.entityOf(target);
    const columns = mapping?.columnsOf(target) ?? [];
    const annotations = storage.fieldsOf(target);
    const personal = annotations.filter((f): f is PersonalFieldMetadata => f.kind === 'personal');
    for (const f of personal) {
      fields.push({
        entity: target.name,
        table: mapping?.tableOf(target) ?? null,
        property: f.property,
        column: columns.find((c) => c.property === f.property)?.column ?? null,
        category: f.category,
        special: f.special || keyAndAncestors(f.category).some((k) => registry.categories.get(k)?.special === true),
        art9Condition: f.art9Condition ?? null,
        subject: f.subject ?? null,
        purposes: f.purposes.map((p) => ({ id: p.key, legalBasis: p.legalBasis ?? registry.purposes.get(p.key)?.legalBasis ?? null })),
        source: typeof f.source === 'string' ? f.source : `third_party:${f.source.thirdParty}`,
        retention: f.retention,
        recipients: [...f.recipients],
        erasure: { strategy: f.erasure.strategy, replacement: f.erasure.replacement ?? null, legalHold: f.erasure.legalHold ?? null },
        encrypted: f.encrypted,
        processingRole: meta.processingRole ?? null,
        description: f.description ?? null,
        declaredAt: at(f.declaredAt),
        automatedDecisions: [],
      });
    }
    const annotated = new Set(annotations.map((f) => f.property));
    return {
      name: target.name,
      table: mapping?.tableOf(target) ?? null,
      subject: meta.subject ?? null,
      processingRole: meta.processingRole ?? null,
      workspaceKey: meta.workspaceKey ?? null,
      owners: meta.owners.map((o) => ({ property: o.property, owner: o.owner().name, shared: o.shared })),
      personalFields: personal.map((f) => f.property),
      notPersonalFields: annotations.filter((f) => f.kind === 'not_personal').map((f) => f.property),
      unannotatedColumns: columns.filter((c) => !annotated.has(c.property)).map((c) => c.property),
      declaredAt: at(meta.declaredAt ?? annotations.find((f) => f.declaredAt)?.declaredAt),
    };
  });
  const purposes = registry.purposes.all().map((p) => ({
    id: p.key, name: p.name, description: p.description, parent: p.parent, legalBasis: p.legalBasis,
    legitimateInterest: p.legitimateInterest ?? null, prohibited: p.prohibited, allowedWhenRestricted: p.allowedWhenRestricted,
    consentRecordedIn: p.consentRecordedIn ?? null,
  }));
  return {
    schemaVersion: DATA_MAP_SCHEMA_VERSION,
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
    fields,
    purposes,
    recipients: registry.recipients.all().map((r) => ({
      id: r.key, name: r.name, purpose: r.purpose, dataShared: [...r.dataShared], country: r.countries.join(' / '),
      countries: [...r.countries], selfHosted: r.selfHosted, safeguard: r.safeguard, status: r.status,
    })),
    retention: registry.retention.all().map((r) => ({ id: r.key, name: r.name, period: r.period, trigger: r.trigger, rationale: r.rationale ?? null })),
    subjects: registry.subjects.all().map((s) => ({ id: s.key, name: s.name, description: s.description ?? null })),
    entities: mapped,
    categories: registry.categories.all().map((c) => ({ id: c.key, name: c.name, parent: parentKey(c.key), special: c.special === true })),
    sources: registry.sources.all().map((s) => ({ id: s.key, name: s.name, dataReceived: s.dataReceived })),
    automatedDecisions: buildAutomatedDecisions({ effects: storage.effects.all(), fields, purposes, at }),
  };
}
