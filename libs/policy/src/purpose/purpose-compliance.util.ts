import { type FieldPurpose, isSameOrDescendant, type PrivacyRegistry } from '@lawful/annotations';

/**
 * The part of the registry purpose compliance reads (a `PrivacyRegistry` fits).
 *
 * @example
 * const registry: PurposeRegistry = getMetadataStorage().registry;
 */
export type PurposeRegistry = Pick<PrivacyRegistry, 'purposes'>;

/**
 * Purpose-based access control: may a request declaring `requestPurpose` process a field annotated with
 * `fieldPurposes`? Yes when the request purpose equals one of them or lies below one in the purpose tree
 * (`service.crm.import` may process a `service.crm` field; `service` may not process it). Prohibited
 * purposes (and their descendants, which inherit the prohibition) never comply; an unregistered request
 * purpose never complies either (fail closed).
 *
 * @example
 * isPurposeCompliant('service.crm', ['service.crm', 'ai.lead_scoring'], registry); // true
 * isPurposeCompliant('service', [{ key: 'service.crm' }], registry); // false
 * isPurposeCompliant('sale_of_data', ['sale_of_data'], registry); // false: prohibited
 */
export function isPurposeCompliant(requestPurpose: string, fieldPurposes: readonly (string | FieldPurpose)[], registry: PurposeRegistry): boolean {
  const purpose = registry.purposes.get(requestPurpose);
  // Registered keys have registered parents, and a purpose below a prohibited one is prohibited itself
  // (the registry inherits the flag): so once the request passes, every field purpose above it is allowed.
  if (purpose === undefined || purpose.prohibited) return false;
  for (const entry of fieldPurposes) {
    if (isSameOrDescendant(requestPurpose, typeof entry === 'string' ? entry : entry.key)) return true;
  }
  return false;
}
