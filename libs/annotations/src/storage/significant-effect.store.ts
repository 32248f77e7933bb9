import type { AnnotationError } from '../errors/annotation.error';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { UnknownPurposeError } from '../errors/unknown-purpose.error';
import { UnknownSubjectError } from '../errors/unknown-subject.error';
import type { PrivacyRegistry } from '../registry/privacy.registry';
import type { SignificantEffectMetadata } from '../types/significant-effect.types';
import type { EntityTarget } from '../types/vocabulary.types';

/**
 * The `@SignificantEffect()` part of the metadata storage: effect handlers by class, and by effect key.
 *
 * @example
 * const effect = getMetadataStorage().effects.byKey('contact.disqualify');
 * const handlerClass = effect?.target;
 */
export class SignificantEffectStore {
  private readonly byClass = new Map<EntityTarget, SignificantEffectMetadata>();

  /** Records one handler's declaration (decorators call this). */
  add(effect: SignificantEffectMetadata): void {
    if (this.byClass.has(effect.target)) {
      throw new InvalidAnnotationError(effect.target.name, undefined, '@SignificantEffect() is declared twice; a handler class applies exactly one effect');
    }
    this.byClass.set(effect.target, effect);
  }

  /** Every declared effect, in declaration order. */
  all(): SignificantEffectMetadata[] {
    return [...this.byClass.values()];
  }

  /** The effect a handler class (or its nearest annotated parent) applies. */
  of(target: EntityTarget): SignificantEffectMetadata | undefined {
    for (let cls: unknown = target; typeof cls === 'function' && cls !== Function.prototype; cls = Object.getPrototypeOf(cls)) {
      const found = this.byClass.get(cls as EntityTarget);
      if (found) return found;
    }
    return undefined;
  }

  /** The effect declared under `key`, if any. */
  byKey(key: string): SignificantEffectMetadata | undefined {
    return this.all().find((e) => e.key === key);
  }

  /** Problems against the registries: unknown purpose or subject, one key on two handlers. */
  validate(registry: PrivacyRegistry): AnnotationError[] {
    const problems: AnnotationError[] = [];
    const seen = new Map<string, string>();
    for (const effect of this.all()) {
      const name = effect.target.name;
      if (!registry.purposes.has(effect.purpose)) {
        problems.push(new UnknownPurposeError(name, undefined, `@SignificantEffect("${effect.key}") names the unregistered purpose "${effect.purpose}"; register it with registry.purposes.register()`, { purpose: effect.purpose }));
      }
      if (!registry.subjects.has(effect.subject)) {
        problems.push(new UnknownSubjectError(name, undefined, `@SignificantEffect("${effect.key}") names the unregistered subject "${effect.subject}"; register it with registry.subjects.register()`, { subject: effect.subject }));
      }
      const other = seen.get(effect.key);
      if (other !== undefined && other !== name) {
        problems.push(new InvalidAnnotationError(name, undefined, `effect "${effect.key}" is already applied by ${other}; give each handler its own key`, { effect: effect.key }));
      }
      seen.set(effect.key, name);
    }
    return problems;
  }

  /** Forgets every declaration (for tests). */
  clear(): void {
    this.byClass.clear();
  }
}
