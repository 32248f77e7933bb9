import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { AddMemberDto } from './add-member.dto';
import { Membership } from './membership.entity';
import { isUniqueViolation } from './unique-violation.util';
import { REVIEW_DECISIONS_PERMISSION } from './member-permissions.constants';
import type { UpdateMemberPermissionsDto } from './update-member-permissions.dto';
import type { WorkspaceRole } from './workspace-role';

/**
 * Members of the request's workspace (purpose `service.workspace`, policy §5.3 roles). Role gates are on the
 * routes; here: only owners grant, change or remove the owner role, and a workspace always keeps an owner
 * (409 when the last one would be removed or demoted; owner rows are locked while checking).
 *
 * @example
 * await memberships.add(ctx, { email: 'new@demo.test', role: 'member' });
 */
@Injectable()
export class MembershipsService {
  private readonly memberships: LawfulQuery<Membership>;

  constructor(private readonly dataSource: DataSource) {
    this.memberships = new LawfulQuery(dataSource.getRepository(Membership));
  }

  /** Every membership of the workspace, oldest first. */
  list(ctx: LawfulContext): Promise<Membership[]> {
    return this.memberships.find(ctx, { defaultOrderBy: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Adds an existing account by email; 404 when there is none, 409 when already a member. */
  async add(ctx: LawfulContext, body: AddMemberDto): Promise<Membership> {
    this.assertMayGrant(ctx, body.role);
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true }, where: { email: body.email.trim().toLowerCase(), closedAt: IsNull() } });
    if (user === null) throw new NotFoundException('No account has this email; the person must sign up before being added');
    try {
      const { identifiers } = await this.dataSource.getRepository(Membership).insert({ workspaceId: ctx.workspaceId, userId: user.id, role: body.role, permissions: {} });
      return await this.memberships.findOne(ctx, (identifiers[0] as { id: string }).id);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('This account is already a member of the workspace');
      throw error;
    }
  }

  /** Changes a member's role. */
  async changeRole(ctx: LawfulContext, membershipId: string, role: WorkspaceRole): Promise<Membership> {
    this.assertMayGrant(ctx, role);
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockedTarget(manager, ctx, membershipId);
      if (target.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(manager, ctx, 'demoted');
      await manager.getRepository(Membership).update({ id: target.id }, { role });
    });
    return this.memberships.findOne(ctx, membershipId);
  }

  /** Sets a member's permissions beyond the role (merged into `permissions`). */
  async setPermissions(ctx: LawfulContext, membershipId: string, body: UpdateMemberPermissionsDto): Promise<Membership> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockedTarget(manager, ctx, membershipId);
      const permissions = { ...target.permissions, [REVIEW_DECISIONS_PERMISSION]: body.reviewAutomatedDecisions };
      await manager.getRepository(Membership).update({ id: target.id }, { permissions });
    });
    return this.memberships.findOne(ctx, membershipId);
  }

  /** Removes a member from the workspace. */
  async remove(ctx: LawfulContext, membershipId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockedTarget(manager, ctx, membershipId);
      if (target.role === 'owner') await this.assertAnotherOwner(manager, ctx, 'removed');
      await manager.getRepository(Membership).delete({ id: target.id });
    });
  }

  private assertMayGrant(ctx: LawfulContext, role: WorkspaceRole): void {
    if (role === 'owner' && ctx.role !== 'owner') throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'Only owners can make someone an owner', role: ctx.role, allowedRoles: ['owner'] });
  }

  /** The membership `id` of the request's workspace, locked; 404 otherwise; 403 when an admin targets an owner. */
  private async lockedTarget(manager: EntityManager, ctx: LawfulContext, id: string): Promise<Membership> {
    const target = await manager.getRepository(Membership).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id AND m.workspaceId = :workspaceId', { id, workspaceId: ctx.workspaceId }).getOne();
    if (target === null) throw new NotFoundException('Membership not found in this workspace');
    if (target.role === 'owner' && ctx.role !== 'owner') throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'Only owners can change or remove an owner', role: ctx.role, allowedRoles: ['owner'] });
    return target;
  }

  /** 409 unless the workspace has another owner (owner rows locked until the transaction ends). */
  private async assertAnotherOwner(manager: EntityManager, ctx: LawfulContext, change: 'removed' | 'demoted'): Promise<void> {
    const owners = await manager.getRepository(Membership).createQueryBuilder('m').setLock('pessimistic_write').select('m.id').where('m.workspaceId = :workspaceId AND m.role = :owner', { workspaceId: ctx.workspaceId, owner: 'owner' }).getMany();
    if (owners.length <= 1) throw new ConflictException(`The last owner of a workspace cannot be ${change}; make another member owner first`);
  }
}
