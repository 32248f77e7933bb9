import type { EntityTarget, PersonalFieldMetadata, PrivacyMetadataStorage } from '@lawful/annotations';

/**
 * The personal fields of `entity` that are about `subject` when a row is reached from that subject: fields of
 * that subject, and fields of a subject kind no other owner of the row stands for (an email's correspondent
 * addresses are the contact's when the email is linked to the contact). Fields about the subject of another owner
 * (the member who wrote a note, `account_holder`) are left to that subject.
 *
 * @example
 * subjectFields(storage, EmailMessage, 'crm_contact').map((f) => f.property); // ['fromAddress', 'toAddresses', …]
 * subjectFields(storage, Note, 'account_holder'); // [] — the body is about the linked contacts
 */
export function subjectFields(storage: PrivacyMetadataStorage, entity: EntityTarget, subject: string): PersonalFieldMetadata[] {
  const others = subjectsAbove(storage, entity);
  others.delete(subject);
  return storage.personalFieldsOf(entity).filter((f) => f.subject === undefined || f.subject === subject || !others.has(f.subject));
}

/** `@DataSubject` keys of every entity reachable upward from `entity` through ownership edges. */
function subjectsAbove(storage: PrivacyMetadataStorage, entity: EntityTarget): Set<string> {
  const out = new Set<string>();
  const seen = new Set<EntityTarget>([entity]);
  const queue = storage.entityOf(entity).owners.map((o) => o.owner());
  while (queue.length > 0) {
    const next = queue.shift() as EntityTarget;
    if (seen.has(next)) continue;
    seen.add(next);
    const meta = storage.entityOf(next);
    if (meta.subject !== undefined) out.add(meta.subject);
    queue.push(...meta.owners.map((o) => o.owner()));
  }
  return out;
}
