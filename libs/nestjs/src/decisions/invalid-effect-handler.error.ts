import { DecisionError } from '@lawful/decisions';

/**
 * A provider declares `@SignificantEffect()` but lacks `parse`, `apply` or `suspend` (a boot-time error).
 *
 * @example
 * expect(() => registry.onModuleInit()).toThrow(InvalidEffectHandlerError);
 */
export class InvalidEffectHandlerError extends DecisionError {
  constructor(effect: string, handler: string, method: string) {
    super('INVALID_EFFECT_HANDLER', undefined, `${handler} declares the effect "${effect}" but has no ${method}() method; implement GatedEffectHandler (parse, apply, suspend)`, { effect, entity: handler });
  }
}
