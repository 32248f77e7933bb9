import { getMetadataStorage } from '@lawful/annotations';

/**
 * Does a field annotated for `fieldPurpose` serve a request made for `requestPurpose`? Yes when they are equal
 * or the field's purpose is an ancestor of the request's in the dotted purpose tree (`service` covers
 * `service.crm`; `service.crm` does not cover `service`). Written here on purpose, independent of
 * `@lawful/policy`, so the end-to-end tests compare the API against a second implementation.
 *
 * @example
 * coversPurpose('service', 'service.crm'); // true
 * coversPurpose('service.crm', 'service'); // false
 */
export function coversPurpose(fieldPurpose: string, requestPurpose: string): boolean {
  return requestPurpose === fieldPurpose || requestPurpose.startsWith(`${fieldPurpose}.`);
}

/**
 * The fields of `entity` a response may carry under `purpose`, sorted: every `@NotPersonal` field, and every
 * `@PersonalData` field one of whose purposes covers the request purpose, minus `hidden` (the workspace's
 * field restrictions for the caller's role). Read straight from the annotations (`fieldsOf`).
 *
 * @example
 * expectedFields(Contact, 'enrichment'); // ['companyId', 'createdAt', 'email', 'id', 'ownerUserId', 'updatedAt', 'workspaceId']
 */
export function expectedFields(entity: object, purpose: string, hidden: readonly string[] = []): string[] {
  return getMetadataStorage()
    .fieldsOf(entity as never)
    .filter((field) => field.kind === 'not_personal' || field.purposes.some((p) => coversPurpose(p.key, purpose)))
    .map((field) => field.property)
    .filter((property) => !hidden.includes(property))
    .sort();
}

