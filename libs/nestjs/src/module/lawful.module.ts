import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { PolicyAbilityFactory } from '@lawful/policy';
import { LAWFUL_OPTIONS } from '../constants';
import { LawfulExceptionFilter } from '../errors/lawful-exception.filter';
import { PermittedFieldsInterceptor } from '../interceptors/permitted-fields.interceptor';
import { PurposeGuard } from '../purpose/purpose.guard';
import { RoutePurposesValidator } from '../purpose/route-purposes.validator';
import { abilityFactoryProvider } from './ability-factory.provider';
import type { LawfulModuleAsyncOptions, LawfulModuleOptions } from './lawful-module-options.types';

/**
 * Runtime purpose limitation for a NestJS app (global module). Import it once in the root module. It provides
 * `PolicyAbilityFactory` (built once, after sealing the annotations: a bad annotation stops the boot), checks
 * at start-up that every `@Purpose` names a registered, non-prohibited purpose (`RoutePurposesValidator`), and
 * registers `PurposeGuard` (`APP_GUARD`), `LawfulExceptionFilter` (`APP_FILTER`) and `PermittedFieldsInterceptor`
 * (`APP_INTERCEPTOR`) globally.
 *
 * @example
 * @Module({ imports: [LawfulModule.forRoot({ resolveContext: (request) => identify(request) })] })
 * export class AppModule {}
 */
@Global()
@Module({})
export class LawfulModule {
  /** The module with static options. */
  static forRoot(options: LawfulModuleOptions): DynamicModule {
    return LawfulModule.create({ provide: LAWFUL_OPTIONS, useValue: options });
  }

  /** The module with options built by a factory (e.g. `resolveContext` using an injected auth service). */
  static forRootAsync(options: LawfulModuleAsyncOptions): DynamicModule {
    return LawfulModule.create({ provide: LAWFUL_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] }, options.imports);
  }

  private static create(optionsProvider: Provider, imports: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: LawfulModule,
      global: true,
      imports: [DiscoveryModule, ...imports],
      providers: [
        optionsProvider,
        abilityFactoryProvider,
        RoutePurposesValidator,
        { provide: APP_GUARD, useClass: PurposeGuard },
        { provide: APP_FILTER, useClass: LawfulExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: PermittedFieldsInterceptor },
      ],
      exports: [LAWFUL_OPTIONS, PolicyAbilityFactory],
    };
  }
}
