import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InsufficientTrainingDataError } from './insufficient-training-data.error';

/**
 * Maps lead scoring's domain error to HTTP on the scoring routes: `InsufficientTrainingDataError` → 409
 * `{ statusCode, error, message, code, positives, negatives, minimumPerClass }` (the message says what to do). Bound
 * with `@UseFilters` on `ScoringController`, so it is consulted before `LawfulModule`'s global filter.
 *
 * @example
 * @UseFilters(ScoringErrorFilter) @Controller('workspaces/:workspaceId') class ScoringController {}
 */
@Catch(InsufficientTrainingDataError)
export class ScoringErrorFilter implements ExceptionFilter<InsufficientTrainingDataError> {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: InsufficientTrainingDataError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const body = { statusCode: HttpStatus.CONFLICT, error: 'Conflict', message: error.message, code: error.code, ...error.counts };
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), body, HttpStatus.CONFLICT);
  }
}
