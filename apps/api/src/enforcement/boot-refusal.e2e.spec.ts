import { MissingRoutePurposeError, Purpose, WithoutPurpose } from '@lawful/nestjs';
import { Controller, Get, Injectable, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { Contact } from '../processor/crm/contact.entity';
import { createTestDatabaseTarget } from '../testing/test-database';

/** A route counting contacts straight through the DataSource, without `@Purpose`. */
@Controller('unscoped-contacts')
class UnscopedContactsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  count(): Promise<number> {
    return this.dataSource.getRepository(Contact).count();
  }
}

/** A service reaching the contacts table; controllers using it reach annotated entities transitively. */
@Injectable()
class ContactExportService {
  constructor(private readonly dataSource: DataSource) {}

  emails(): Promise<Contact[]> {
    return this.dataSource.getRepository(Contact).find({ select: { email: true }, take: 1 });
  }
}

/** Exports contact emails through a service, without `@Purpose`. */
@Controller('contact-export')
class ContactExportController {
  constructor(private readonly exports: ContactExportService) {}

  @Get()
  run(): Promise<Contact[]> {
    return this.exports.emails();
  }
}

/** The same reads, declared: one purpose-scoped, one exempted with a reason. */
@Controller('declared-contacts')
class DeclaredContactsController {
  constructor(private readonly dataSource: DataSource, private readonly exports: ContactExportService) {}

  @Get('count')
  @WithoutPurpose('counts rows; returns no personal data')
  count(): Promise<number> {
    return this.dataSource.getRepository(Contact).count();
  }

  @Get('emails')
  @Purpose('service.crm')
  emails(): Promise<Contact[]> {
    return this.exports.emails();
  }
}

/** Boots the reference AppModule (no migrations: the check runs before any query) plus `controllers`. */
async function boot(controllers: Type<unknown>[]): Promise<{ error: unknown; status?: number }> {
  const db = await createTestDatabaseTarget();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ database: db.target, migrate: false })],
    controllers,
    providers: [ContactExportService],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  try {
    const error = await app.init().then(() => undefined, (e: unknown) => e);
    const status = error === undefined ? (await request(app.getHttpServer()).get('/declared-contacts/emails')).status : undefined;
    return { error, status };
  } finally {
    await app.close();
    await db.drop();
  }
}

describe('boot refusal: the reference API does not start with a route that reaches personal data without a purpose', () => {
  it('refuses a route injecting the DataSource without @Purpose, naming the route and the path to the data', async () => {
    const { error } = await boot([UnscopedContactsController]);
    expect(error).toBeInstanceOf(MissingRoutePurposeError);
    expect((error as Error).message).toContain('UnscopedContactsController.count (GET /unscoped-contacts)');
    expect((error as Error).message).toContain('UnscopedContactsController → DataSource');
  });

  it('refuses a route reaching the data through a service, naming every route that lacks a purpose', async () => {
    const { error } = await boot([ContactExportController, UnscopedContactsController]);
    expect(error).toBeInstanceOf(MissingRoutePurposeError);
    const message = (error as Error).message;
    expect(message).toContain('ContactExportController.run (GET /contact-export)');
    expect(message).toMatch(/ContactExportController → ContactExportService → DataSource/);
    expect(message).toContain('UnscopedContactsController.count (GET /unscoped-contacts)');
  });

  it('boots when the same reads declare @Purpose or @WithoutPurpose(reason), and serves them behind the purpose guard', async () => {
    const { error, status } = await boot([DeclaredContactsController]);
    expect(error).toBeUndefined();
    expect(status).toBe(401);
  });
});
