import { type DynamicModule, Global, Inject, Logger, Module, type BeforeApplicationShutdown, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { PolicyAbilityFactory } from '@lawful/policy';
import { AuditBuffer } from '../audit/audit.buffer';
import { auditBufferProvider } from '../audit/audit-buffer.provider';
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
 * at start-up that every `@Purpose` names a registered, non-prohibited purpose and that every route whose
 * controller reaches annotated entities declares `@Purpose` or `@WithoutPurpose` (`RoutePurposesValidator`), and
 * registers `PurposeGuard` (`APP_GUARD`), `LawfulExceptionFilter` (`APP_FILTER`) and `PermittedFieldsInterceptor`
 * (`APP_INTERCEPTOR`) globally. With `audit` options it provides and exports one `AuditBuffer` (`PurposeGuard`
 * gives each request a recorder over it) and closes it on shutdown (`app.close()`, before database connections close): everything queued is
 * written, or the failure is logged (entry count only) and rethrown — audit entries are never dropped silently.
 *
 * @example
 * @Module({ imports: [LawfulModule.forRoot({ resolveContext: (request) => identify(request) })] })
 * export class AppModule {}
 */
@Global()
@Module({})
export class LawfulModule implements BeforeApplicationShutdown {
  private readonly logger = new Logger('LawfulAudit');

  constructor(@Inject(AuditBuffer) private readonly audit: AuditBuffer | null) {}

  /**
   * Flushes and closes the audit buffer; a failed final flush is logged (count only) and rethrown. Runs in
   * `beforeApplicationShutdown`, i.e. before any `onApplicationShutdown` hook: sinks usually write to a database
   * whose connection (e.g. TypeORM's `DataSource`) is closed in that later phase.
   */
  async beforeApplicationShutdown(): Promise<void> {
    try {
      await this.audit?.close();
    } catch (error) {
      this.logger.error(`Access audit not flushed on shutdown: ${this.audit?.pending ?? 0} entries could not be written`);
      throw error;
    }
  }

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
        auditBufferProvider,
        RoutePurposesValidator,
        { provide: APP_GUARD, useClass: PurposeGuard },
        { provide: APP_FILTER, useClass: LawfulExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: PermittedFieldsInterceptor },
      ],
      exports: [LAWFUL_OPTIONS, PolicyAbilityFactory, AuditBuffer],
    };
  }
}
