import type {
  LegalBasis,
  RecipientStatus,
  RetentionTrigger,
  TransferSafeguard,
} from './vocabulary.types';

/**
 * A data category: a dotted key in a hierarchical taxonomy (`user.contact.email`).
 *
 * @example
 * registry.categories.register({ key: 'user.content.prompt', name: 'AI prompts' });
 */
export interface DataCategoryDefinition {
  /** Dotted snake_case key; its parent is the key without the last segment and must exist. */
  key: string;
  name: string;
  description?: string;
  /** GDPR Art. 9 special category: fields of it must declare `special` with an Art. 9(2) condition. */
  special?: boolean;
}

/**
 * A purpose of processing: a dotted key in the application's purpose tree.
 *
 * @example
 * registry.purposes.register({ key: 'support', name: 'Support', description: 'Answering inquiries', legalBasis: 'legitimate_interests', legitimateInterest: 'Providing support' });
 */
export interface PurposeDefinition {
  /** Dotted snake_case key (`service.crm`); the parent (`service`) must be registered first. */
  key: string;
  name: string;
  description: string;
  /** Default Art. 6(1) basis; inherited from the parent purpose when omitted. Prohibited purposes have none. */
  legalBasis?: LegalBasis;
  /** The interest pursued, required when the basis is legitimate interests (documents the balancing test). */
  legitimateInterest?: string;
  /** Never compliant, whatever a field declares (e.g. sale of data, ad targeting on user content). */
  prohibited?: boolean;
  /** Still allowed for subjects who restricted processing (Art. 18(2): legal claims, compliance). */
  allowedWhenRestricted?: boolean;
  /** For consent-based purposes: the entity (class name) where consent is recorded. Inherited from the parent. */
  consentRecordedIn?: string;
}

/**
 * A purpose as stored: parent and basis resolved.
 *
 * @example
 * registry.purposes.get('service.crm')?.legalBasis; // 'contract', inherited from 'service'
 */
export interface Purpose extends Required<Pick<PurposeDefinition, 'key' | 'name' | 'description'>> {
  parent: string | null;
  /** Default basis; `null` only for prohibited purposes, which have none. */
  legalBasis: LegalBasis | null;
  legitimateInterest?: string;
  prohibited: boolean;
  allowedWhenRestricted: boolean;
  consentRecordedIn?: string;
}

/**
 * A category of data subjects (account holder, CRM contact, ...).
 *
 * @example
 * registry.subjects.register({ key: 'crm_contact', name: 'CRM contact' });
 */
export interface SubjectDefinition {
  key: string;
  name: string;
  description?: string;
}

/**
 * A sub-processor or other recipient that receives personal data.
 *
 * @example
 * registry.recipients.register({ key: 'stripe', name: 'Stripe', purpose: 'Payments', dataShared: ['user.payment'], countries: ['US'], safeguard: 'scc', status: 'active' });
 */
export interface RecipientDefinition {
  key: string;
  name: string;
  /** What the recipient does for us. */
  purpose: string;
  /** Data categories it receives (keys of the category taxonomy). */
  dataShared: readonly string[];
  /** ISO 3166-1 alpha-2 countries where it processes the data. */
  countries: readonly string[];
  /** Runs on our own infrastructure: nothing leaves it. */
  selfHosted?: boolean;
  /** Mechanism making the transfer lawful. */
  safeguard: TransferSafeguard;
  status: RecipientStatus;
}

/**
 * A recipient as stored.
 *
 * @example
 * registry.recipients.get('stripe')?.selfHosted; // false
 */
export interface Recipient extends RecipientDefinition {
  selfHosted: boolean;
}

/**
 * A named retention class: how long, counted from which event.
 *
 * @example
 * registry.retention.register({ key: 'payment_records', name: 'Payment records', period: 'P7Y', trigger: 'last_transaction' });
 */
export interface RetentionClassDefinition {
  key: string;
  name: string;
  /** ISO 8601 duration after the trigger (`P30D`, `P7Y`). */
  period: string;
  trigger: RetentionTrigger;
  rationale?: string;
}

/**
 * A named third party personal data is received from (policy §2.5).
 *
 * @example
 * registry.sources.register({ key: 'google_oauth', name: 'Google OAuth', dataReceived: 'name, email, avatar' });
 */
export interface ThirdPartySourceDefinition {
  key: string;
  name: string;
  /** What is received, in words. */
  dataReceived: string;
  description?: string;
}
