import { getMetadataStorage } from '@lawful/annotations';
import { ErasureExecutor, type ErasureOutcome, type LawfulContext } from '@lawful/nestjs';
import { planErasure } from '@lawful/rights';
import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ErasureCertificateView, ErasurePreview } from '../../common/erasure/erasure-certificate-view.types';
import { auditErasure, erasureOutcome, storeErasureProof } from '../../common/erasure/erasure-proof.util';
import { User } from '../accounts/user.entity';
import { Membership } from '../workspaces/membership.entity';
import { Workspace } from '../workspaces/workspace.entity';
import { AccountErasureCertificate } from './account-erasure-certificate.entity';
import { AccountErasureRestriction } from './account-erasure-restriction.entity';
import { AccountPrivacyRequestsService } from './account-privacy-requests.service';

const STORE = { certificate: AccountErasureCertificate, restriction: AccountErasureRestriction };

/**
 * Erasure of an account holder's own account (controller data), from the annotations: the plan is
 * `planErasure(storage, User)`, limited to Aktok's controller entities (the workspaces' CRM data is theirs). Payment
 * records and consent proof are kept under their legal holds and restricted. Refused (409) while the caller owns a
 * workspace: an account erasure never deletes a workspace. Erasure, certificate, restrictions and the completion
 * of the request it answers are one transaction; the sessions go with the account, so the token stops working.
 *
 * @example
 * const certificate = await erasures.erase(ctx, requestId);
 */
@Injectable()
export class AccountErasureService {
  private readonly executor: ErasureExecutor;

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: AccountPrivacyRequestsService,
  ) {
    this.executor = new ErasureExecutor(dataSource, planErasure(getMetadataStorage(), User));
  }

  /** The plan with the rows each step would delete, anonymize and retain, and what blocks it now (nothing written). */
  async preview(ctx: LawfulContext): Promise<ErasurePreview> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const run = await this.executor.dryRun(ctx.userId, { manager });
      const owned = await this.ownedWorkspaces(manager, ctx.userId);
      return { ...run, blockedBy: owned.length > 0 ? ownsWorkspaces(owned) : null };
    });
  }

  /** Erases the caller's account (all or nothing) and answers the stored certificate; completes `requestId` if given. */
  async erase(ctx: LawfulContext, requestId?: string): Promise<ErasureCertificateView> {
    let view: ErasureCertificateView | undefined;
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [ctx.userId]);
      const owned = await this.ownedWorkspaces(manager, ctx.userId);
      if (owned.length > 0) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: ownsWorkspaces(owned), workspaceIds: owned });
      if (requestId !== undefined) {
        const run = await this.executor.dryRun(ctx.userId, { manager });
        await this.requests.fulfil(ctx, requestId, { right: 'erasure', outcome: erasureOutcome(run.steps) }, manager);
      }
      const record = async (em: EntityManager, done: ErasureOutcome) => {
        view = await storeErasureProof(em, done, STORE, requestId ?? null);
      };
      return this.executor.execute(ctx.userId, { manager, record });
    });
    await auditErasure(ctx, outcome, ctx.userId);
    return view as ErasureCertificateView;
  }

  /** Ids of the workspaces the user owns (membership role `owner`, or `Workspace.ownerId`). */
  private async ownedWorkspaces(manager: EntityManager, userId: string): Promise<string[]> {
    const owner = await manager.getRepository(Workspace).find({ select: { id: true }, where: { ownerId: userId } });
    const members = await manager.getRepository(Membership).find({ select: { workspaceId: true }, where: { userId, role: 'owner' } });
    return [...new Set([...owner.map((w) => w.id), ...members.map((m) => m.workspaceId)])].sort();
  }
}

function ownsWorkspaces(ids: string[]): string {
  return `You own ${ids.length} workspace(s) (${ids.join(', ')}): transfer ownership to another member (PATCH /workspaces/:workspaceId/members/:membershipId with role "owner") or delete the workspace first — erasing an account never deletes a workspace`;
}
