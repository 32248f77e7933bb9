import { getMetadataStorage } from '@lawful/annotations';
import { NO_RESTRICTIONS, PolicyAbilityFactory, type PurposeRegistry } from '@lawful/policy';
import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { accessAuditRecorder } from '../audit/access-audit.recorder';
import { AuditBuffer } from '../audit/audit.buffer';
import { DEFAULT_PURPOSE_HEADER, LAWFUL_OPTIONS, PURPOSES_METADATA } from '../constants';
import { findLawfulContext, setLawfulContext } from '../context/lawful-context.util';
import type { LawfulModuleOptions } from '../module/lawful-module-options.types';
import { selectRequestPurpose } from './request-purpose.util';

/**
 * Enforces `@Purpose` on every HTTP route. `LawfulModule` registers it globally (`APP_GUARD`): do not add it
 * with `@UseGuards` again. For a route with `@Purpose` it
 * 1. picks the request purpose (`selectRequestPurpose`: 400 listing `allowedPurposes` when missing, unknown,
 *    prohibited or not allowed) — before authentication, since a route's purposes are public (OpenAPI);
 * 2. calls `resolveContext(request, purpose)`: `null` answers 401;
 * 3. builds the ability once and stores the `LawfulContext` on the request (`getLawfulContext`, `@LawfulCtx()`),
 *    with an `audit` recorder over the module's `AuditBuffer` when the module has `audit` options.
 * Routes without `@Purpose`, non-HTTP contexts and requests that already carry a context pass untouched.
 *
 * @example
 * // registered by LawfulModule.forRoot({ resolveContext }); nothing to do in controllers but @Purpose(...)
 */
@Injectable()
export class PurposeGuard implements CanActivate {
  private readonly header: string;
  private readonly registry: PurposeRegistry;

  constructor(
    private readonly reflector: Reflector,
    private readonly abilities: PolicyAbilityFactory,
    @Inject(LAWFUL_OPTIONS) private readonly options: LawfulModuleOptions,
    @Inject(AuditBuffer) private readonly auditBuffer: AuditBuffer | null,
  ) {
    this.header = (options.purposeHeader ?? DEFAULT_PURPOSE_HEADER).toLowerCase();
    this.registry = (options.storage ?? getMetadataStorage()).registry;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const allowed = this.reflector.getAllAndOverride<readonly string[] | undefined>(PURPOSES_METADATA, [context.getHandler(), context.getClass()]);
    if (allowed === undefined) return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (findLawfulContext(request) !== undefined) return true;
    const purpose = selectRequestPurpose(request.headers[this.header], allowed, this.registry, this.header);
    const identity = await this.options.resolveContext(request, purpose);
    if (identity === null || identity === undefined) throw new UnauthorizedException('Authentication required: this route processes personal data for a declared purpose');
    const { userId, workspaceId, role } = identity;
    const ability = this.abilities.build({ userId, workspaceId, role, purpose, restrictions: identity.restrictions ?? NO_RESTRICTIONS, subjectState: identity.subjectState });
    const audit = this.auditBuffer === null ? undefined : accessAuditRecorder(this.auditBuffer, { actorId: userId, workspaceId, purpose });
    setLawfulContext(request, { ability, purpose, userId, workspaceId, role, ...(audit && { audit }) });
    return true;
  }
}
