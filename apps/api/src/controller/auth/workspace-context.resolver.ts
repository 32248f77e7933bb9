import type { LawfulIdentity } from '@lawful/nestjs';
import { NO_RESTRICTIONS, type WorkspaceFieldRestrictions, type WorkspaceRole } from '@lawful/policy';
import { Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { SubjectStatePlan } from '../../processor/subjects/subject-state.plan';
import type { SubjectStateRow } from '../../processor/subjects/subject-state.query';
import { SubjectStateService } from '../../processor/subjects/subject-state.service';
import { NO_WORKSPACE_ID } from '../workspaces/no-workspace.constants';
import { AuthService, sha256 } from './auth.service';
import { authenticateBearer } from './bearer-token.util';

type ContextRow = SubjectStateRow & { user_id: string; role: WorkspaceRole | null; restrictions_version: number | null; restrictions_hidden: WorkspaceFieldRestrictions['hidden'] | null };

/**
 * Who calls a route and with which role. Routes with `:workspaceId`: the bearer token's live session, the user's
 * membership of that workspace, the workspace's current field restrictions and the subject state for the request
 * purpose, all read in ONE SQL round trip and never cached, so changes apply on the next request (a failed token
 * check is re-run by `authenticateBearer` for its precise 401).
 * Not a member (or no such workspace): 404, so a workspace's existence is never revealed. Routes without
 * `:workspaceId` (e.g. `GET /workspaces`) resolve the user only: workspace `NO_WORKSPACE_ID`, role `viewer`.
 *
 * @example
 * LawfulModule.forRootAsync({ imports: [AuthModule], inject: [WorkspaceContextResolver], useFactory: (r) => ({ resolveContext: (req, p) => r.resolve(req, p) }) });
 */
@Injectable()
export class WorkspaceContextResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    private readonly subjectStates: SubjectStateService,
  ) {}

  async resolve(request: Request, purpose: string): Promise<LawfulIdentity | null> {
    if (!('workspaceId' in request.params)) return { userId: (await authenticateBearer(this.auth, request)).id, workspaceId: NO_WORKSPACE_ID, role: 'viewer' };
    const param: unknown = request.params['workspaceId'];
    const workspaceId = typeof param === 'string' && isUUID(param) ? param : undefined;
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const plan = this.subjectStates.query.plan(purpose);
    const row = scheme === 'Bearer' && token ? await this.contextRow(sha256(token), workspaceId, plan) : undefined;
    if (row === undefined) {
      await authenticateBearer(this.auth, request); // throws the precise 401 (no, bad, expired or revoked token)
      throw new UnauthorizedException('The token is invalid, expired or revoked; log in again with POST /auth/login');
    }
    if (row.role === null || workspaceId === undefined) throw new NotFoundException('Workspace not found');
    const restrictions = row.restrictions_version === null ? NO_RESTRICTIONS : { version: row.restrictions_version, hidden: row.restrictions_hidden ?? {} };
    return { userId: row.user_id, workspaceId, role: row.role, restrictions, subjectState: this.subjectStates.query.filters(plan, row) };
  }

  /** The live session of `tokenHash` with the user's membership (role null when not a member), or `undefined`. */
  private async contextRow(tokenHash: string, workspaceId: string | undefined, plan: SubjectStatePlan): Promise<ContextRow | undefined> {
    const params: unknown[] = [tokenHash, new Date(), workspaceId ?? null];
    const subjectColumns = this.subjectStates.query.columns(plan, 'm.workspace_id', (value) => `$${params.push(value)}`);
    const rows = (await this.dataSource.query(
      `SELECT s.user_id, m.role, f.version AS restrictions_version, f.hidden AS restrictions_hidden${subjectColumns.map((c) => `, ${c}`).join('')}
       FROM auth_sessions s
       LEFT JOIN memberships m ON m.user_id = s.user_id AND m.workspace_id = $3::uuid
       LEFT JOIN LATERAL (SELECT w.version, w.hidden FROM workspace_field_restrictions w WHERE w.workspace_id = m.workspace_id ORDER BY w.version DESC LIMIT 1) f ON TRUE
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
      params,
    )) as ContextRow[];
    return rows[0];
  }
}
