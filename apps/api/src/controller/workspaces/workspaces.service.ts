import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateWorkspaceDto } from './create-workspace.dto';
import { Membership } from './membership.entity';
import { isUniqueViolation } from './unique-violation.util';
import type { UpdateWorkspaceDto } from './update-workspace.dto';
import { Workspace } from './workspace.entity';
import type { WorkspaceSummary } from './workspace-summary.types';

/**
 * Workspaces of the signed-in user (purpose `service.workspace`): list, create (the creator becomes owner),
 * read and rename. Reads and updates of one workspace go through `LawfulQuery` (rows scoped by the workspace key).
 *
 * @example
 * const mine = await workspaces.listFor(ctx.userId);
 */
@Injectable()
export class WorkspacesService {
  private readonly workspaces: LawfulQuery<Workspace>;

  constructor(private readonly dataSource: DataSource) {
    this.workspaces = new LawfulQuery(dataSource.getRepository(Workspace));
  }

  /** The open workspaces `userId` is a member of, with their role, by name. */
  async listFor(userId: string): Promise<WorkspaceSummary[]> {
    return this.dataSource.query(
      `SELECT w.id, w.name, w.slug, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
       WHERE m.user_id = $1 AND w.closed_at IS NULL ORDER BY w.name, w.id`,
      [userId],
    );
  }

  /** Creates a workspace owned by `userId` (owner membership in the same transaction); 409 when the slug is taken. */
  async create(userId: string, body: CreateWorkspaceDto): Promise<WorkspaceSummary> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const workspace = await manager.getRepository(Workspace).save(manager.getRepository(Workspace).create({ name: body.name, slug: body.slug, ownerId: userId, settings: {}, closedAt: null }));
        await manager.getRepository(Membership).insert({ workspaceId: workspace.id, userId, role: 'owner', permissions: {} });
        return { id: workspace.id, name: workspace.name, slug: workspace.slug, role: 'owner' as const };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`The slug "${body.slug}" is taken; choose another`);
      throw error;
    }
  }

  /** The request's workspace with the fields the purpose permits. */
  get(ctx: LawfulContext): Promise<Workspace> {
    return this.workspaces.findOne(ctx, ctx.workspaceId);
  }

  /** Renames the request's workspace or changes its slug; 409 when the slug is taken. */
  async update(ctx: LawfulContext, body: UpdateWorkspaceDto): Promise<Workspace> {
    try {
      return await this.workspaces.update(ctx, ctx.workspaceId, { ...body });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`The slug "${body.slug ?? ''}" is taken; choose another`);
      throw error;
    }
  }
}
