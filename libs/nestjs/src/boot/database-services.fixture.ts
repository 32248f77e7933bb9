import { Injectable, Scope } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { LawfulQuery } from '../query/lawful.query';
import type { LawfulDbEntities } from '../testing/lawful-db.fixture';

// Services the start-up check's test controllers inject (see database-routes.fixture.ts).

/**
 * A service injecting `DataSource`: controllers using it reach the database transitively.
 *
 * @example
 * @Controller('x') class C { constructor(readonly directory: ContactDirectory) {} }
 */
@Injectable()
export class ContactDirectory {
  constructor(readonly dataSource: DataSource) {}
}

/**
 * A request-scoped service injecting `DataSource` (not instantiated at start-up: found from decorator metadata).
 *
 * @example
 * @Controller('x') class C { constructor(readonly directory: PerRequestDirectory) {} }
 */
@Injectable({ scope: Scope.REQUEST })
export class PerRequestDirectory {
  constructor(readonly dataSource: DataSource) {}
}

/**
 * A service without database access.
 *
 * @example
 * new Clock().now();
 */
@Injectable()
export class Clock {
  now = (): number => Date.now();
}

/**
 * A class without privacy annotations: its repository does not count as database access to annotated entities.
 *
 * @example
 * { provide: 'PLAIN_REPOSITORY', useValue: new Repository(Plain, dataSource.manager) }
 */
export class Plain {
  id!: string;
}

/**
 * Providers the fixture controllers inject, over the test database: `DataSource`, the `Contact` repository under
 * its `@InjectRepository` token, a `LawfulQuery` and the repository of an unannotated class.
 *
 * @example
 * Test.createTestingModule({ controllers: [DirectController], providers: databaseRouteProviders(dataSource, entities) });
 */
export function databaseRouteProviders(dataSource: DataSource, { Contact }: LawfulDbEntities) {
  return [
    ContactDirectory, PerRequestDirectory, Clock,
    { provide: DataSource, useValue: dataSource },
    { provide: 'ContactRepository', useValue: dataSource.getRepository(Contact) },
    { provide: 'CONTACT_QUERY', useValue: new LawfulQuery(dataSource.getRepository(Contact)) },
    { provide: 'PLAIN_REPOSITORY', useValue: new Repository(Plain, dataSource.manager) },
  ];
}
