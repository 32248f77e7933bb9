import { LAWFUL_CONTEXT_KEY } from '../constants';
import { LawfulContextMissingError } from './lawful-context-missing.error';
import type { LawfulContext } from './lawful-context.types';

type WithContext = { [LAWFUL_CONTEXT_KEY]?: LawfulContext };

/**
 * The `LawfulContext` `PurposeGuard` stored on `request`; throws `LawfulContextMissingError` when there is
 * none (fail closed: never run privacy-relevant code without an ability).
 *
 * @example
 * const { ability, purpose } = getLawfulContext(request);
 */
export function getLawfulContext(request: object): LawfulContext {
  const context = (request as WithContext)[LAWFUL_CONTEXT_KEY];
  if (context === undefined) throw new LawfulContextMissingError();
  return context;
}

/**
 * The `LawfulContext` of `request`, or `undefined` on routes without `@Purpose`.
 *
 * @example
 * if (findLawfulContext(request) === undefined) return next.handle();
 */
export function findLawfulContext(request: object): LawfulContext | undefined {
  return (request as WithContext)[LAWFUL_CONTEXT_KEY];
}

/**
 * Stores the request's `LawfulContext` (frozen) on `request`. Used by `PurposeGuard`.
 *
 * @example
 * setLawfulContext(request, { ability, purpose, userId, workspaceId, role });
 */
export function setLawfulContext(request: object, context: LawfulContext): void {
  Object.defineProperty(request, LAWFUL_CONTEXT_KEY, { value: Object.freeze({ ...context }), enumerable: false, configurable: true });
}
