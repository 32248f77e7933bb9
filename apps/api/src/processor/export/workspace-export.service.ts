import { EXPORT_FORMATS, type LawfulContext, planWorkspaceExport, streamWorkspaceExport, type WorkspaceExportPlan } from '@lawful/nestjs';
import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { WorkspaceExportQuery } from './workspace-export.query';

/**
 * Streams a workspace's processor data (every annotated entity with a workspace key: CRM, projects,
 * communications, ...) to an HTTP response, from one database snapshot, in constant memory.
 *
 * @example
 * await exports.stream(ctx, { format: 'csv', entity: 'Contact' }, res);
 */
@Injectable()
export class WorkspaceExportService {
  private readonly logger = new Logger('WorkspaceExport');

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Validates the request (400 naming allowed formats/entities, before anything is sent), opens the snapshot,
   * then sets the headers, records one access-audit entry per exported entity (fields, no row ids) and streams.
   * An error after the first byte cannot become a JSON answer any more: the response is destroyed, so the client
   * sees an aborted transfer instead of a complete-looking file; the error is logged by code/name only.
   */
  async stream(ctx: LawfulContext, query: WorkspaceExportQuery, res: Response): Promise<void> {
    const plan = planWorkspaceExport(this.dataSource, { format: query.format, entity: query.entity });
    try {
      await streamWorkspaceExport(this.dataSource, plan, ctx.workspaceId, res, { onOpen: () => this.open(ctx, plan, res) });
    } catch (error) {
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        throw error;
      }
      this.logger.error(`Workspace export aborted after streaming started: ${error instanceof Error ? error.name : 'unknown error'}`);
      res.destroy();
    }
  }

  private async open(ctx: LawfulContext, plan: WorkspaceExportPlan, res: Response): Promise<void> {
    const { contentType, extension } = EXPORT_FORMATS[plan.format];
    const what = plan.format === 'csv' ? plan.entities[0].name.toLowerCase() : 'all';
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="workspace-${ctx.workspaceId}-${what}.${extension}"`);
    res.setHeader('Cache-Control', 'no-store');
    for (const entity of plan.entities) {
      await ctx.audit?.({ entity: entity.name, action: 'read', recordIds: [], subjectIds: [], fields: entity.columns.map((c) => c.property) });
    }
  }
}
