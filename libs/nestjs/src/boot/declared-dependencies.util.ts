import type { InjectionToken } from '@nestjs/common';
import { PARAMTYPES_METADATA, PROPERTY_DEPS_METADATA, SELF_DECLARED_DEPS_METADATA } from '@nestjs/common/constants';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';

/** How `@Inject(forwardRef(() => X))` stores its token. */
interface ForwardReference {
  forwardRef: () => InjectionToken;
}

/** A token as written in a decorator or a factory's `inject`: plain, forward reference or `{ token, optional }`. */
function plainToken(raw: unknown): InjectionToken | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'object' && 'forwardRef' in raw) return (raw as ForwardReference).forwardRef();
  if (typeof raw === 'object' && 'token' in raw) return (raw as { token: InjectionToken }).token;
  return raw as InjectionToken;
}

/**
 * The injection tokens a provider or controller declares, read from decorator metadata without instantiating
 * anything: a factory's `inject`; for a class, its constructor parameter types (`design:paramtypes`) with
 * `@Inject()` tokens (`self:paramtypes`) taking precedence, then its `@Inject()` properties.
 *
 * @example
 * declaredDependencies(wrapperOf(AuthService)); // [DataSource]
 */
export function declaredDependencies(wrapper: Pick<InstanceWrapper, 'metatype' | 'inject'>): InjectionToken[] {
  if (wrapper.inject) return wrapper.inject.map(plainToken).filter((t): t is InjectionToken => t !== undefined);
  const type = wrapper.metatype;
  if (typeof type !== 'function') return [];
  const params: unknown[] = [...((Reflect.getMetadata(PARAMTYPES_METADATA, type) as unknown[] | undefined) ?? [])];
  for (const { index, param } of (Reflect.getMetadata(SELF_DECLARED_DEPS_METADATA, type) as { index: number; param: unknown }[] | undefined) ?? []) {
    params[index] = param;
  }
  const properties = (Reflect.getMetadata(PROPERTY_DEPS_METADATA, type) as { type: unknown }[] | undefined) ?? [];
  return [...params, ...properties.map((p) => p.type)].map(plainToken).filter((t): t is InjectionToken => t !== undefined);
}
