import type {
  Art17Reason,
  Art9Condition,
  ErasureStrategy,
  LegalBasis,
  ProcessingRoleType,
  RecipientStatus,
  RetentionTrigger,
  TransferSafeguard,
} from '@lawful/annotations';
import type { DataMapAutomatedDecision, DataMapFieldDecisionRole } from './automated-decision.types';

/** Version of the JSON data map format; bumped on breaking changes. */
export const DATA_MAP_SCHEMA_VERSION = '1.0';

/** Where a declaration was written, relative to the project root. */
export interface DataMapLocation {
  file: string;
  line: number;
}

/** One personal-data field of one entity. */
export interface DataMapField {
  entity: string;
  table: string | null;
  property: string;
  column: string | null;
  category: string;
  special: boolean;
  art9Condition: Art9Condition | null;
  /** Resolved subject (field's own or the entity's), or null when none is declared. */
  subject: string | null;
  /** Each purpose with the basis that applies to this field (override, else the purpose's default). */
  purposes: { id: string; legalBasis: LegalBasis | null }[];
  /** `provided`, `observed`, `derived`, or `third_party:<source id>`. */
  source: string;
  retention: string;
  recipients: string[];
  erasure: { strategy: ErasureStrategy; replacement: string | null; legalHold: { reason: Art17Reason; description: string } | null };
  encrypted: boolean;
  processingRole: ProcessingRoleType | null;
  description: string | null;
  declaredAt: DataMapLocation | null;
  /** Purposes with significant automated decisions that read (`input`) or produce (`output`) the field; empty when none. */
  automatedDecisions: DataMapFieldDecisionRole[];
}

/** A purpose of the application's purpose tree. */
export interface DataMapPurpose {
  id: string;
  name: string;
  description: string;
  parent: string | null;
  legalBasis: LegalBasis | null;
  legitimateInterest: string | null;
  prohibited: boolean;
  allowedWhenRestricted: boolean;
  consentRecordedIn: string | null;
}

/** A recipient (sub-processor). */
export interface DataMapRecipient {
  id: string;
  name: string;
  purpose: string;
  dataShared: string[];
  country: string;
  countries: string[];
  selfHosted: boolean;
  safeguard: TransferSafeguard;
  status: RecipientStatus;
}

/** A retention class. */
export interface DataMapRetention {
  id: string;
  name: string;
  /** ISO 8601 duration. */
  period: string;
  trigger: RetentionTrigger;
  rationale: string | null;
}

/** A data-subject category. */
export interface DataMapSubject {
  id: string;
  name: string;
  description: string | null;
}

/** A data category used or registered (built-in or the application's). */
export interface DataMapCategory {
  id: string;
  name: string;
  parent: string | null;
  special: boolean;
}

/** A named third party data is received from. */
export interface DataMapSource {
  id: string;
  name: string;
  dataReceived: string;
}

/** An annotated entity. */
export interface DataMapEntity {
  name: string;
  table: string | null;
  subject: string | null;
  processingRole: ProcessingRoleType | null;
  workspaceKey: string | null;
  owners: { property: string; owner: string; shared: boolean }[];
  personalFields: string[];
  notPersonalFields: string[];
  /** ORM columns carrying neither `@PersonalData` nor `@NotPersonal`. */
  unannotatedColumns: string[];
  declaredAt: DataMapLocation | null;
}

/**
 * The canonical, versioned data map: every personal field with its purposes, legal bases, recipients,
 * retention and erasure, plus the registries it refers to.
 *
 * @example
 * const map: DataMap = buildDataMap({ storage, entities });
 * map.fields.filter((f) => f.recipients.includes('stripe'));
 */
export interface DataMap {
  schemaVersion: typeof DATA_MAP_SCHEMA_VERSION;
  generatedAt: string;
  fields: DataMapField[];
  purposes: DataMapPurpose[];
  recipients: DataMapRecipient[];
  retention: DataMapRetention[];
  subjects: DataMapSubject[];
  entities: DataMapEntity[];
  categories: DataMapCategory[];
  sources: DataMapSource[];
  /** Processing with significant automated decisions (GDPR Art. 22), by purpose id; empty when none is declared. */
  automatedDecisions: DataMapAutomatedDecision[];
}
