import { getMetadataStorage } from '@lawful/annotations';
import { PolicyAbilityFactory } from '@lawful/policy';
import type { FactoryProvider } from '@nestjs/common';
import { LAWFUL_OPTIONS } from '../constants';
import type { LawfulModuleOptions } from './lawful-module-options.types';

/**
 * Provides the process's one `PolicyAbilityFactory`. It seals the metadata storage first when the app has not
 * (a bad annotation throws `AnnotationValidationError` here, during module initialisation, so the app does not
 * boot), then snapshots the sealed annotations.
 *
 * @example
 * constructor(private readonly abilities: PolicyAbilityFactory) {} // in any provider of the app
 */
export const abilityFactoryProvider: FactoryProvider<PolicyAbilityFactory> = {
  provide: PolicyAbilityFactory,
  inject: [LAWFUL_OPTIONS],
  useFactory: (options: LawfulModuleOptions) => {
    const storage = options.storage ?? getMetadataStorage();
    if (!storage.sealed) storage.seal();
    return new PolicyAbilityFactory({ ...options.abilityFactory, storage });
  },
};
