import { getMetadataStorage } from '@lawful/annotations';
import { ErasureExecutor, type ErasureOutcome, type LawfulContext } from '@lawful/nestjs';
import { planErasure } from '@lawful/rights';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { auditErasure, certificateView, erasureOutcome, storeErasureProof } from '../../../common/erasure/erasure-proof.util';
import type { ErasureCertificateView, ErasurePreview } from '../../../common/erasure/erasure-certificate-view.types';
import { Contact } from '../../crm/contact.entity';
import { SubjectRequest } from '../requests/subject-request.entity';
import { SubjectRequestsService } from '../requests/subject-requests.service';
import { ErasureCertificate } from './erasure-certificate.entity';
import { ErasureRestriction } from './erasure-restriction.entity';

/**
 * Erasure of a CRM contact for its workspace (the controller; processor data), from the annotations: the plan is
 * `planErasure(storage, Contact)` (processor entities only), run by `ErasureExecutor` within the workspace. The
 * erasure, its certificate, the restriction of rows under legal hold and the completion of the erasure request it
 * answers are one transaction; the rows written are recorded in the access audit. Unknown contact or another
 * workspace's: 404.
 *
 * @example
 * const certificate = await erasures.erase(ctx, contactId, requestId);
 */
@Injectable()
export class ContactErasureService {
  private readonly executor: ErasureExecutor;

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: SubjectRequestsService,
  ) {
    this.executor = new ErasureExecutor(dataSource, planErasure(getMetadataStorage(), Contact));
  }

  /** The plan with the rows each step would delete, anonymize and retain; nothing written. */
  async preview(ctx: LawfulContext, contactId: string): Promise<ErasurePreview> {
    const run = await this.executor.dryRun(contactId, { workspaceId: ctx.workspaceId });
    return { ...run, blockedBy: null };
  }

  /** Erases the contact (all or nothing) and answers the stored certificate; completes `requestId` if given. */
  async erase(ctx: LawfulContext, contactId: string, requestId?: string): Promise<ErasureCertificateView> {
    const store = { certificate: ErasureCertificate, restriction: ErasureRestriction, certificateColumns: { workspaceId: ctx.workspaceId, executedByUserId: ctx.userId }, restrictionColumns: { workspaceId: ctx.workspaceId } };
    let view: ErasureCertificateView | undefined;
    const outcome = await this.dataSource.transaction(async (manager) => {
      if (requestId !== undefined) await this.fulfil(ctx, manager, contactId, requestId);
      const record = async (em: EntityManager, done: ErasureOutcome) => {
        view = await storeErasureProof(em, done, store, requestId ?? null);
      };
      return this.executor.execute(contactId, { workspaceId: ctx.workspaceId, manager, record });
    });
    await auditErasure(ctx, outcome, contactId);
    return view as ErasureCertificateView;
  }

  /** A stored certificate of this workspace (404 for any other id). */
  async certificate(ctx: LawfulContext, id: string): Promise<ErasureCertificateView> {
    const row = await this.dataSource.getRepository(ErasureCertificate).findOneBy({ id, workspaceId: ctx.workspaceId });
    if (!row) throw new NotFoundException('Erasure certificate not found');
    return certificateView(row);
  }

  /** Completes the erasure request in the erasure's transaction; 409 when it is about another contact. */
  private async fulfil(ctx: LawfulContext, manager: EntityManager, contactId: string, requestId: string): Promise<void> {
    const request = await manager.getRepository(SubjectRequest).findOneBy({ id: requestId, workspaceId: ctx.workspaceId });
    if (request && request.contactId !== null && request.contactId !== contactId) throw new ConflictException('The request is about another contact; erase that contact, or pass the request of this one');
    const run = await this.executor.dryRun(contactId, { workspaceId: ctx.workspaceId, manager });
    await this.requests.fulfil(ctx, requestId, { right: 'erasure', outcome: erasureOutcome(run.steps) }, manager);
  }
}
