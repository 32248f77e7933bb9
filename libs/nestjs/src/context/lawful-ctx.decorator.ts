import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { getLawfulContext } from './lawful-context.util';

/**
 * Parameter decorator injecting the request's `LawfulContext` into a handler of a route with `@Purpose`
 * (throws `LawfulContextMissingError`, hence 500, on a route without one).
 *
 * @example
 * @Get() @Purpose('service.crm')
 * list(@LawfulCtx() ctx: LawfulContext) { return this.contacts.list(ctx); }
 */
export const LawfulCtx = createParamDecorator((_data: unknown, context: ExecutionContext) => getLawfulContext(context.switchToHttp().getRequest<object>()));
