import { getMetadataStorage, type SignificantEffectMetadata } from '@lawful/annotations';
import { UnknownEffectError, UnreviewedEffectError } from '@lawful/decisions';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EffectGrantLedger } from './effect-grant.ledger';
import { InvalidEffectHandlerError } from './invalid-effect-handler.error';
import type { GatedEffectHandler } from './gated-effect-handler.types';

/** A discovered handler with its declaration. */
export interface RegisteredEffect {
  readonly metadata: SignificantEffectMetadata;
  readonly handler: GatedEffectHandler;
}

/**
 * Finds every provider whose class carries `@SignificantEffect()` and locks its `apply` and `suspend`: from then on
 * they run only with a grant the review gate issued for an approved decision, so a service calling a handler directly
 * (a forgotten check) gets `UnreviewedEffectError` instead of applying an unreviewed effect.
 *
 * @example
 * const { handler } = registry.get('contact.disqualify');
 */
@Injectable()
export class EffectHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, RegisteredEffect>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly ledger: EffectGrantLedger,
  ) {}

  onModuleInit(): void {
    const storage = getMetadataStorage();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as GatedEffectHandler | undefined;
      const metatype = wrapper.metatype;
      if (!instance || typeof metatype !== 'function') continue;
      const metadata = storage.effects.of(metatype as new () => unknown);
      if (!metadata || this.handlers.get(metadata.key)?.handler === instance) continue;
      for (const method of ['parse', 'apply', 'suspend'] as const) {
        if (typeof instance[method] !== 'function') throw new InvalidEffectHandlerError(metadata.key, metatype.name, method);
      }
      this.lock(metadata.key, instance);
      this.handlers.set(metadata.key, { metadata, handler: instance });
    }
  }

  /** The handler of `effect`; `UnknownEffectError` when no provider declares it. */
  get(effect: string): RegisteredEffect {
    const found = this.handlers.get(effect);
    if (!found) throw new UnknownEffectError(effect, this.keys());
    return found;
  }

  /** Keys of every registered effect. */
  keys(): string[] {
    return [...this.handlers.keys()];
  }

  private lock(effect: string, instance: GatedEffectHandler): void {
    const ledger = this.ledger;
    for (const method of ['apply', 'suspend'] as const) {
      const original = instance[method] as (...args: unknown[]) => Promise<unknown>;
      Object.defineProperty(instance, method, {
        configurable: false,
        writable: false,
        value: async function gated(grant: unknown, ...rest: unknown[]): Promise<unknown> {
          if (!ledger.isLive(grant) || (grant as { effect?: string }).effect !== effect) {
            throw new UnreviewedEffectError(effect, (grant as { decisionId?: string } | undefined)?.decisionId);
          }
          return original.call(instance, grant, ...rest);
        },
      });
    }
  }
}
