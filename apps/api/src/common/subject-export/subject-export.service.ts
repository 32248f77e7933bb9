import { type EntityTarget, getMetadataStorage } from '@lawful/annotations';
import { type LawfulContext, readSubjectRecords } from '@lawful/nestjs';
import { buildSubjectExport, type SubjectExport, type SubjectGraph, subjectFields, subjectGraph } from '@lawful/rights';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../../processor/audit/access-log.service';
import type { SubjectExportQuery } from './subject-export.query';

/**
 * Builds data-subject exports from the annotations, for any `@DataSubject` entity: the subject graph (cached per
 * entity), every row reaching the subject read in one snapshot, each value with its facts, and the subject's
 * processing history from the access audit. The export is recorded in the access audit, one entry per entity
 * read. Which entities are included is decided by the annotations only (and the subject entity's processing
 * role): a new annotated entity owned by the subject is exported with no code here.
 *
 * @example
 * const doc = await exports.export(ctx, Contact, contactId, { format: 'json', scope: 'access' }, ctx.workspaceId);
 */
@Injectable()
export class SubjectExportService {
  private readonly graphs = new Map<EntityTarget, SubjectGraph>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async export(ctx: LawfulContext, subjectEntity: EntityTarget, subjectId: string, query: SubjectExportQuery, workspaceId?: string): Promise<SubjectExport> {
    const storage = getMetadataStorage();
    const graph = this.graphOf(subjectEntity);
    const records = await readSubjectRecords(this.dataSource.manager, graph, subjectId, { storage, ...(workspaceId ? { workspaceId } : {}) });
    const history = await this.accessLog.historyOf(subjectId, workspaceId);
    for (const { entity, rows } of records.filter((r) => r.rows.length > 0)) {
      const fields = subjectFields(storage, entity as EntityTarget, graph.subject).map((f) => f.property);
      await ctx.audit?.({ entity: entity.name, action: 'read', recordIds: rows.map((r) => String(r.id)), subjectIds: [subjectId], fields: ['id', ...fields] });
    }
    return buildSubjectExport({ storage, graph, records, subjectId, scope: query.scope, generatedAt: new Date(), history });
  }

  private graphOf(entity: EntityTarget): SubjectGraph {
    const known = this.graphs.get(entity);
    if (known) return known;
    const graph = subjectGraph(getMetadataStorage(), entity);
    this.graphs.set(entity, graph);
    return graph;
  }
}
