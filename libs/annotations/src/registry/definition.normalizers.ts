import {
  COUNTRY_PATTERN,
  ISO_DURATION_PATTERN,
  LEGAL_BASES,
  RECIPIENT_STATUSES,
  RETENTION_TRIGGERS,
  TRANSFER_SAFEGUARDS,
} from '../constants';
import { RegistrationError } from '../errors/registration.error';
import type {
  DataCategoryDefinition,
  Purpose,
  PurposeDefinition,
  Recipient,
  RecipientDefinition,
  RetentionClassDefinition,
  SubjectDefinition,
  ThirdPartySourceDefinition,
} from '../types/registry.types';
import { parentKey } from '../utils/dotted-key.util';
import type { KeyedRegistry } from './keyed.registry';

function text(kind: string, key: string, field: string, value: unknown, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RegistrationError(kind, key, `"${field}" must be a non-empty string`);
  }
}

function oneOf(kind: string, key: string, field: string, value: unknown, allowed: readonly string[]): void {
  if (!allowed.includes(value as string)) {
    throw new RegistrationError(kind, key, `"${field}" is ${JSON.stringify(value)}; use one of ${allowed.join(', ')}`);
  }
}

/** Validates a data category. */
export function normalizeCategory(d: DataCategoryDefinition): DataCategoryDefinition {
  text('data category', d.key, 'name', d.name);
  return { key: d.key, name: d.name, description: d.description, special: d.special === true };
}

/** Validates a purpose; inherits basis and legitimate interest from the parent. */
export function normalizePurpose(d: PurposeDefinition, registry: KeyedRegistry<PurposeDefinition, Purpose>): Purpose {
  text('purpose', d.key, 'name', d.name);
  text('purpose', d.key, 'description', d.description);
  const parentId = parentKey(d.key);
  const parent = parentId === null ? undefined : registry.get(parentId);
  const prohibited = d.prohibited === true || parent?.prohibited === true;
  const legalBasis = d.legalBasis ?? parent?.legalBasis ?? null;
  if (legalBasis === null && !prohibited) {
    throw new RegistrationError('purpose', d.key, `has no "legalBasis"; set one of ${LEGAL_BASES.join(', ')}`);
  }
  if (legalBasis !== null) oneOf('purpose', d.key, 'legalBasis', legalBasis, LEGAL_BASES);
  const legitimateInterest = d.legitimateInterest ?? (legalBasis === parent?.legalBasis ? parent.legitimateInterest : undefined);
  text('purpose', d.key, 'consentRecordedIn', d.consentRecordedIn, true);
  const consentRecordedIn = d.consentRecordedIn ?? parent?.consentRecordedIn;
  if (legalBasis === 'legitimate_interests') {
    text('purpose', d.key, 'legitimateInterest (the interest balanced, required for legitimate_interests)', legitimateInterest);
  }
  return {
    key: d.key,
    name: d.name,
    description: d.description,
    parent: parentId,
    legalBasis,
    ...(legitimateInterest !== undefined ? { legitimateInterest } : {}),
    prohibited,
    allowedWhenRestricted: d.allowedWhenRestricted === true,
    ...(consentRecordedIn !== undefined ? { consentRecordedIn } : {}),
  };
}

/** Validates a data-subject category. */
export function normalizeSubject(d: SubjectDefinition): SubjectDefinition {
  text('subject', d.key, 'name', d.name);
  return { key: d.key, name: d.name, description: d.description };
}

/** Validates a recipient; category keys in `dataShared` are checked when the registry is sealed. */
export function normalizeRecipient(d: RecipientDefinition): Recipient {
  text('recipient', d.key, 'name', d.name);
  text('recipient', d.key, 'purpose', d.purpose);
  if (!Array.isArray(d.dataShared) || d.dataShared.some((c) => typeof c !== 'string')) {
    throw new RegistrationError('recipient', d.key, '"dataShared" must be an array of data-category keys');
  }
  if (!Array.isArray(d.countries) || d.countries.length === 0 || d.countries.some((c) => !COUNTRY_PATTERN.test(c))) {
    throw new RegistrationError('recipient', d.key, '"countries" must list ISO 3166-1 alpha-2 codes, e.g. ["US"]');
  }
  oneOf('recipient', d.key, 'safeguard', d.safeguard, TRANSFER_SAFEGUARDS);
  oneOf('recipient', d.key, 'status', d.status, RECIPIENT_STATUSES);
  const selfHosted = d.selfHosted === true;
  if (selfHosted && d.safeguard !== 'not_transferred') {
    throw new RegistrationError('recipient', d.key, 'is self-hosted, so its safeguard must be "not_transferred"');
  }
  return { ...d, dataShared: [...d.dataShared], countries: [...d.countries], selfHosted };
}

/** Validates a retention class. */
export function normalizeRetention(d: RetentionClassDefinition): RetentionClassDefinition {
  text('retention class', d.key, 'name', d.name);
  if (typeof d.period !== 'string' || !ISO_DURATION_PATTERN.test(d.period)) {
    throw new RegistrationError('retention class', d.key, `"period" ${JSON.stringify(d.period)} is not an ISO 8601 duration such as "P30D" or "P7Y"`);
  }
  oneOf('retention class', d.key, 'trigger', d.trigger, RETENTION_TRIGGERS);
  return { ...d };
}

/** Validates a third-party source. */
export function normalizeSource(d: ThirdPartySourceDefinition): ThirdPartySourceDefinition {
  text('third-party source', d.key, 'name', d.name);
  text('third-party source', d.key, 'dataReceived', d.dataReceived);
  return { ...d };
}
