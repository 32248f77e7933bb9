import { LawfulError } from '@lawful/annotations';
import { ForbiddenActionError, ForbiddenFieldError, PurposeNotAllowedError, UnregisteredPurposeError } from '@lawful/policy';
import {
  DecisionError, DecisionNotFoundError, DecisionStateError, InvalidEffectParamsError, MissingRationaleError, MissingStatementError,
  RepeatReviewerError, ReviewerNotPermittedError, SelfReviewError, UnknownEffectError,
} from '@lawful/decisions';
import { InvalidExtensionError, MissingExtensionReasonError, RightsError } from '@lawful/rights';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ExportError } from '../export/export.error';
import { RowNotFoundError } from '../query/row-not-found.error';

/**
 * Maps Lawful domain errors to HTTP — the only place that does. `LawfulModule` registers it globally
 * (`APP_FILTER`); it catches `LawfulError` only, so `HttpException`s and other errors reach the app's filters.
 * - `UnregisteredPurposeError`, `PurposeNotAllowedError` → 400 `{ statusCode, error, message, allowedPurposes }`;
 * - `ForbiddenFieldError` → 403 `{ statusCode, error, message, fields }` (names fields, never values);
 * - `ForbiddenActionError` → 403 `{ statusCode, error, message }` (the role/purpose may not create, update or
 *   delete this entity or this visible row);
 * - `ExportError` (unsupported format, missing or unknown entity of a workspace export) → 400
 *   `{ statusCode, error, message, allowedFormats | allowedEntities }`;
 * - `RowNotFoundError` → 404 `{ statusCode, error, message }` (names the entity only: another workspace's row
 *   and a missing row answer alike);
 * - `RightsError` (a deadline extension the law refuses) → 400 `{ statusCode, error, message, code, jurisdiction }`
 *   for a malformed extension (no reason, not a whole number of months or days, out of time), else 409 (the
 *   jurisdiction allows none, no more, or not that long);
 * - `DecisionError` (the review gate): not found → 404; no review permission, self review, repeat reviewer → 403;
 *   missing rationale or statement, invalid or unknown effect parameters → 400; a step the decision's status does not
 *   allow → 409; each `{ statusCode, error, message, code }` (+ `status` for 409);
 * - any other `LawfulError` (incl. `PolicyError`) → 500 with a generic message; logs the error code only.
 *
 * @example
 * // outside LawfulModule: app.useGlobalFilters(new LawfulExceptionFilter(app.get(HttpAdapterHost)));
 */
@Catch(LawfulError)
export class LawfulExceptionFilter implements ExceptionFilter<LawfulError> {
  private readonly logger = new Logger('Lawful');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: LawfulError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const [status, body] = this.toHttp(error);
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), body, status);
  }

  private toHttp(error: LawfulError): [number, Record<string, unknown>] {
    if (error instanceof UnregisteredPurposeError || error instanceof PurposeNotAllowedError) {
      const allowedPurposes = error instanceof PurposeNotAllowedError ? [...error.allowed] : [];
      return [HttpStatus.BAD_REQUEST, { statusCode: HttpStatus.BAD_REQUEST, error: 'Bad Request', message: error.message, allowedPurposes }];
    }
    if (error instanceof ForbiddenFieldError) {
      return [HttpStatus.FORBIDDEN, { statusCode: HttpStatus.FORBIDDEN, error: 'Forbidden', message: error.message, fields: [...error.fields] }];
    }
    if (error instanceof ForbiddenActionError) {
      return [HttpStatus.FORBIDDEN, { statusCode: HttpStatus.FORBIDDEN, error: 'Forbidden', message: error.message }];
    }
    if (error instanceof ExportError) {
      return [HttpStatus.BAD_REQUEST, { statusCode: HttpStatus.BAD_REQUEST, error: 'Bad Request', message: error.message, ...error.allowed }];
    }
    if (error instanceof RightsError) {
      const invalid = error instanceof MissingExtensionReasonError || error instanceof InvalidExtensionError;
      const [status, name] = invalid ? [HttpStatus.BAD_REQUEST, 'Bad Request'] : [HttpStatus.CONFLICT, 'Conflict'];
      return [status, { statusCode: status, error: name, message: error.message, code: error.code, jurisdiction: error.context['jurisdiction'] }];
    }
    if (error instanceof DecisionError) {
      const decision = decisionStatus(error);
      if (decision !== undefined) {
        const [status, name] = decision;
        const extra = error instanceof DecisionStateError ? { status: error.context['status'] } : {};
        return [status, { statusCode: status, error: name, message: error.message, code: error.code, ...extra }];
      }
    }
    if (error instanceof RowNotFoundError) {
      return [HttpStatus.NOT_FOUND, { statusCode: HttpStatus.NOT_FOUND, error: 'Not Found', message: error.message }];
    }
    this.logger.error(`Unhandled Lawful error ${error.code}`);
    return [HttpStatus.INTERNAL_SERVER_ERROR, { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: 'Internal Server Error', message: 'Internal server error' }];
  }
}

function decisionStatus(error: DecisionError): [number, string] | undefined {
  if (error instanceof DecisionNotFoundError) return [HttpStatus.NOT_FOUND, 'Not Found'];
  if (error instanceof ReviewerNotPermittedError || error instanceof SelfReviewError || error instanceof RepeatReviewerError) return [HttpStatus.FORBIDDEN, 'Forbidden'];
  if (error instanceof MissingRationaleError || error instanceof MissingStatementError || error instanceof InvalidEffectParamsError || error instanceof UnknownEffectError) {
    return [HttpStatus.BAD_REQUEST, 'Bad Request'];
  }
  if (error instanceof DecisionStateError) return [HttpStatus.CONFLICT, 'Conflict'];
  return undefined;
}
