import { getMetadataStorage } from 'class-validator';

/**
 * What class-validator checks on one property of a DTO, read from its decorators.
 *
 * @example
 * const rule: PropertyRule = { property: 'outcome', required: false, oneOf: ['open', 'won', 'lost'], uuid: false, string: false, int: false, notEmpty: false };
 */
export interface PropertyRule {
  property: string;
  /** `@IsDefined()`: the property must be present. */
  required: boolean;
  /** `@IsIn(values)`. */
  oneOf?: readonly unknown[];
  uuid: boolean;
  string: boolean;
  int: boolean;
  notEmpty: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

/**
 * The validation rules of `dto`'s properties (own and inherited, as the global `ValidationPipe` applies them),
 * in declaration order.
 *
 * @example
 * dtoRules(ListContactsQuery).find((r) => r.property === 'lifecycleStage')?.oneOf; // ['subscriber', 'lead', …]
 */
export function dtoRules(dto: new () => object): PropertyRule[] {
  const rules = new Map<string, PropertyRule>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const rule = rules.get(meta.propertyName) ?? { property: meta.propertyName, required: false, uuid: false, string: false, int: false, notEmpty: false };
    rules.set(meta.propertyName, rule);
    const first = (meta.constraints as unknown[] | undefined)?.[0];
    switch (meta.name ?? meta.type) {
      case 'isDefined': rule.required = true; break;
      case 'isIn': rule.oneOf = first as unknown[]; break;
      case 'isUuid': rule.uuid = true; break;
      case 'isString': rule.string = true; break;
      case 'isInt': rule.int = true; break;
      case 'isNotEmpty': rule.notEmpty = true; break;
      case 'min': rule.min = first as number; break;
      case 'max': rule.max = first as number; break;
      case 'maxLength': rule.maxLength = first as number; break;
    }
  }
  return [...rules.values()];
}
