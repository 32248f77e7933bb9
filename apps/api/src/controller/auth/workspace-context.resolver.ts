import type { LawfulIdentity } from '@lawful/nestjs';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Membership } from '../workspaces/membership.entity';
import { AuthService } from './auth.service';
import { authenticateBearer } from './bearer-token.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who calls a workspace route and with which role: the bearer token's user and their membership in the
 * `:workspaceId` of the path. Not a member (or no such workspace): 404, so a workspace's existence is never revealed.
 *
 * @example
 * LawfulModule.forRootAsync({ imports: [AuthModule], inject: [WorkspaceContextResolver], useFactory: (r) => ({ resolveContext: (req, p) => r.resolve(req, p) }) });
 */
@Injectable()
export class WorkspaceContextResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
  ) {}

  async resolve(request: Request, _purpose: string): Promise<LawfulIdentity | null> {
    const user = await authenticateBearer(this.auth, request);
    const workspaceId = request.params['workspaceId'];
    if (typeof workspaceId !== 'string' || !UUID.test(workspaceId)) throw new NotFoundException('Workspace not found');
    const membership = await this.dataSource.getRepository(Membership).findOne({ where: { workspaceId, userId: user.id } });
    if (!membership) throw new NotFoundException('Workspace not found');
    return { userId: user.id, workspaceId, role: membership.role };
  }
}
