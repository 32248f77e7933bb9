import { Controller, Get, Inject, Post, type Type } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type ObjectLiteral, Repository } from 'typeorm';
import { Purpose } from '../purpose/purpose.decorator';
import { LawfulQuery } from '../query/lawful.query';
import type { LawfulDbEntities } from '../testing/lawful-db.fixture';
import { Clock, ContactDirectory, PerRequestDirectory, type Plain } from './database-services.fixture';
import { WithoutPurpose } from './without-purpose.decorator';

// Controllers of the start-up check's tests (RoutePurposesValidator): which routes reach the database.

/**
 * Injects `DataSource` directly; no purpose declared (GET /direct/:id, POST /direct).
 *
 * @example
 * await boot([DirectController]); // MissingRoutePurposeError
 */
@Controller('direct')
export class DirectController {
  constructor(readonly dataSource: DataSource) {}
  @Get(':id') one(): string { return 'x'; }
  @Post() create(): string { return 'x'; }
}

/**
 * Reaches `DataSource` through `ContactDirectory`; no purpose declared.
 *
 * @example
 * await boot([ServiceController]); // MissingRoutePurposeError naming ServiceController → ContactDirectory → DataSource
 */
@Controller('service')
export class ServiceController {
  constructor(readonly directory: ContactDirectory) {}
  @Get() list(): string { return 'x'; }
}

/**
 * Reaches `DataSource` through the request-scoped `PerRequestDirectory`; two paths, no purpose.
 *
 * @example
 * await boot([ScopedController]); // names GET /scoped, /alias
 */
@Controller(['scoped', 'alias'])
export class ScopedController {
  constructor(readonly directory: PerRequestDirectory) {}
  @Get() list(): string { return 'x'; }
}

/**
 * Injects a `LawfulQuery` (token `CONTACT_QUERY`); no purpose declared.
 *
 * @example
 * await boot([QueryController]); // MissingRoutePurposeError naming QueryController → LawfulQuery
 */
@Controller('query')
export class QueryController {
  constructor(@Inject('CONTACT_QUERY') readonly contacts: LawfulQuery<ObjectLiteral>) {}
  @Get() list(): string { return 'x'; }
}

/**
 * Injects only a clock and the repository of an unannotated class: boots without a purpose.
 *
 * @example
 * await boot([ClockController]); // boots
 */
@Controller('time')
export class ClockController {
  constructor(readonly clock: Clock, @Inject('PLAIN_REPOSITORY') readonly plain: Repository<Plain>) {}
  @Get() now(): number { return this.clock.now(); }
}

/**
 * Class-level `@Purpose` plus a method-level `@WithoutPurpose`: a conflicting declaration.
 *
 * @example
 * await boot([DeclaredController]); // MissingRoutePurposeError: declares both
 */
@Controller('declared')
@Purpose('service.crm')
export class DeclaredController {
  constructor(readonly directory: ContactDirectory) {}
  @Get() list(): string { return 'x'; }
  @Post('login') @WithoutPurpose('never reached: the class-level purpose applies') login(): string { return 'x'; }
}

/**
 * One route with `@Purpose`, one with `@WithoutPurpose`, one with neither (`stats`).
 *
 * @example
 * await boot([PartlyController]); // names only PartlyController.stats
 */
@Controller('partly')
export class PartlyController {
  constructor(readonly directory: ContactDirectory) {}
  @Get() @Purpose('service.crm') list(): string { return 'x'; }
  @Get('ping') @WithoutPurpose('answers a constant; touches no data') ping(): string { return 'pong'; }
  @Get('stats') stats(): string { return 'x'; }
}

/**
 * A controller reaching `Contact` only through `@InjectRepository(Contact)` (a `getRepositoryToken` token).
 *
 * @example
 * await boot([repositoryController(entities)]); // names RepositoryController → Repository<Contact>
 */
export function repositoryController({ Contact }: LawfulDbEntities): Type<unknown> {
  @Controller('repo')
  class RepositoryController {
    constructor(@InjectRepository(Contact) readonly contacts: Repository<ObjectLiteral>) {}
    @Get() list(): string { return 'x'; }
  }
  return RepositoryController;
}
