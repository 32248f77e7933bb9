import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LawfulDecisionsModule, LawfulModule } from '@lawful/nestjs';
import { DataSource } from 'typeorm';
import { NoNulCharactersPipe } from './common/no-nul-characters.pipe';
import { AuthModule } from './controller/auth/auth.module';
import { WorkspaceContextResolver } from './controller/auth/workspace-context.resolver';
import { DataMapController } from './controller/privacy-docs/datamap.controller';
import { WorkspacesModule } from './controller/workspaces/workspaces.module';
import { dataSourceOptions } from './database/data-source.options';
import { type DatabaseTarget, databaseTarget } from './database/database-url';
import { HealthController } from './health/health.controller';
import { AuditModule } from './processor/audit/audit.module';
import { TypeOrmAuditSink } from './processor/audit/typeorm-audit.sink';
import { CrmModule } from './processor/crm/crm.module';
import { WorkspaceExportModule } from './processor/export/workspace-export.module';
import { ProjectsModule } from './processor/projects/projects.module';
import { ScoringModule } from './processor/scoring/scoring.module';
import { IntentModule } from './processor/communications/intent/intent.module';
import { DecisionsModule } from './processor/decisions/decisions.module';
import { WorkspaceReviewerAuthority } from './processor/decisions/workspace-reviewer.authority';
import { ContactExportModule } from './processor/subjects/export/contact-export.module';
import { ContactRectificationModule } from './processor/subjects/rectification/contact-rectification.module';
import { AccountRightsModule } from './controller/privacy/account-rights.module';
import { AccountErasureModule } from './controller/privacy/account-erasure.module';
import { ContactErasureModule } from './processor/subjects/erasure/contact-erasure.module';
import { SubjectsModule } from './processor/subjects/subjects.module';
import { PrivacyRequestsModule } from './controller/privacy/privacy-requests.module';
import { ensurePrivacySealed } from './privacy/register-privacy';
import { SeedService } from './seed/seed.service';

/** Options of the reference API's root module. */
export interface AppModuleOptions {
  /** Database to use; defaults to the environment (`DATABASE_URL`, else embedded PGlite). */
  database?: DatabaseTarget;
  /** Run pending migrations at start-up (default true). */
  migrate?: boolean;
}

/**
 * Root module of the reference API. Seals the privacy annotations before anything else runs, so a bad
 * annotation stops the boot with a message naming the entity and property.
 *
 * @example
 * const app = await NestFactory.create(AppModule.forRoot());
 */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions = {}): DynamicModule {
    ensurePrivacySealed();
    const database = options.database ?? databaseTarget();
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(database), migrationsRun: options.migrate !== false }),
        AuthModule,
        WorkspacesModule,
        SubjectsModule,
        LawfulModule.forRootAsync({
          imports: [AuthModule],
          inject: [WorkspaceContextResolver, DataSource],
          useFactory: (resolver: WorkspaceContextResolver, dataSource: DataSource) => ({
            resolveContext: (request, purpose) => resolver.resolve(request, purpose),
            audit: { sink: new TypeOrmAuditSink(dataSource) }, // every LawfulQuery access, batched off the request path
          }),
        }),
        LawfulDecisionsModule.forRoot({ reviewerAuthority: WorkspaceReviewerAuthority }), // the human-review gate (GDPR Art. 22)
        AuditModule,
        CrmModule,
        ProjectsModule,
        DecisionsModule, // gated automated decisions: review, apply, explanation, point of view, contest
        ScoringModule, // per-workspace lead scoring (ai.lead_scoring): runs, model, a contact's score and explanation
        IntentModule, // intent classification of inbound chat messages and gated routing proposals (ai.intent_routing)
        PrivacyRequestsModule, // data-subject requests: account holders' own, the public intake, workspaces' request lists
        AccountRightsModule, // controller data: account holders exercise their rights under /me/privacy
        ContactExportModule, // processor data: workspaces export their contacts' data
        WorkspaceExportModule, // processor data: owners export all their workspace's data (CSV / JSON Lines, streamed)
        ContactRectificationModule,
        AccountErasureModule, // controller data: account holders erase their own account under /me/privacy/erasure
        ContactErasureModule, // processor data: workspaces erase their CRM contacts
      ],
      controllers: [HealthController, DataMapController],
      providers: [
        SeedService,
        { provide: APP_PIPE, useClass: NoNulCharactersPipe },
        { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }) },
      ],
    };
  }
}
