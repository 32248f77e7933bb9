import type { LawfulIdentity } from '@lawful/nestjs';
import { NO_RESTRICTIONS, type WorkspaceFieldRestrictions, type WorkspaceRole } from '@lawful/policy';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { SubjectStateQuery, type SubjectStateRow } from '../../processor/subjects/subject-state.query';
import { NO_WORKSPACE_ID } from '../workspaces/no-workspace.constants';
import { AuthService } from './auth.service';
import { authenticateBearer } from './bearer-token.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ContextRow = SubjectStateRow & { role: WorkspaceRole; restrictions_version: number | null; restrictions_hidden: WorkspaceFieldRestrictions['hidden'] | null };

/**
 * Who calls a route and with which role. Routes with `:workspaceId`: the bearer token's user, their membership
 * of that workspace, the workspace's current field restrictions and the subject state for the request purpose,
 * all read in ONE SQL round trip (after the token check) and never cached, so changes apply on the next request.
 * Not a member (or no such workspace): 404, so a workspace's existence is never revealed. Routes without
 * `:workspaceId` (e.g. `GET /workspaces`) resolve the user only: workspace `NO_WORKSPACE_ID`, role `viewer`.
 *
 * @example
 * LawfulModule.forRootAsync({ imports: [AuthModule], inject: [WorkspaceContextResolver], useFactory: (r) => ({ resolveContext: (req, p) => r.resolve(req, p) }) });
 */
@Injectable()
export class WorkspaceContextResolver {
  private readonly subjectState = new SubjectStateQuery();

  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
  ) {}

  async resolve(request: Request, purpose: string): Promise<LawfulIdentity | null> {
    const user = await authenticateBearer(this.auth, request);
    if (!('workspaceId' in request.params)) return { userId: user.id, workspaceId: NO_WORKSPACE_ID, role: 'viewer' };
    const workspaceId = request.params['workspaceId'];
    if (typeof workspaceId !== 'string' || !UUID.test(workspaceId)) throw new NotFoundException('Workspace not found');
    const plan = this.subjectState.plan(purpose);
    const params: unknown[] = [workspaceId, user.id];
    const subjectColumns = this.subjectState.columns(plan, 'm.workspace_id', (value) => `$${params.push(value)}`);
    const rows = (await this.dataSource.query(
      `SELECT m.role, f.version AS restrictions_version, f.hidden AS restrictions_hidden${subjectColumns.map((c) => `, ${c}`).join('')}
       FROM memberships m
       LEFT JOIN LATERAL (SELECT w.version, w.hidden FROM workspace_field_restrictions w WHERE w.workspace_id = m.workspace_id ORDER BY w.version DESC LIMIT 1) f ON TRUE
       WHERE m.workspace_id = $1 AND m.user_id = $2`,
      params,
    )) as ContextRow[];
    const [row] = rows;
    if (row === undefined) throw new NotFoundException('Workspace not found');
    const restrictions = row.restrictions_version === null ? NO_RESTRICTIONS : { version: row.restrictions_version, hidden: row.restrictions_hidden ?? {} };
    return { userId: user.id, workspaceId, role: row.role, restrictions, subjectState: this.subjectState.filters(plan, row) };
  }
}
