import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import { type SubjectGraph, subjectFields, type SubjectRows } from '@lawful/rights';
import type { EntityManager } from 'typeorm';
import { RowNotFoundError } from '../query/row-not-found.error';
import { reachCondition, SqlNames } from './subject-path.sql';

/**
 * Options of `readSubjectRecords`.
 *
 * @example
 * const options: SubjectReadOptions = { storage: getMetadataStorage(), workspaceId };
 */
export interface SubjectReadOptions {
  storage: PrivacyMetadataStorage;
  /** Limit every workspace-scoped entity (`@WorkspaceKey`) to this workspace. */
  workspaceId?: string;
}

/**
 * Reads everything about one subject: for each entity of the subject graph, the rows reaching the subject through
 * its ownership paths (one query per entity, a sub-select per hop, a union when several paths reach it; in one
 * read-only REPEATABLE READ transaction so the entities agree), with `id` and the personal fields about the subject
 * (`subjectFields`), keyed by property.
 * Throws `RowNotFoundError` (404) when the subject row does not exist (in the workspace).
 *
 * @example
 * const records = await readSubjectRecords(dataSource.manager, subjectGraph(storage, Contact), contactId, { storage, workspaceId });
 * records.find((r) => r.entity === Deal)?.rows.length; // 3
 */
export async function readSubjectRecords(manager: EntityManager, graph: SubjectGraph, subjectId: string, options: SubjectReadOptions): Promise<SubjectRows[]> {
  const names = new SqlNames(manager.connection);
  const statements = graph.nodes.map((node) => statementFor(names, options, graph.subject, node.entity, node.paths));
  const read = async (em: EntityManager): Promise<SubjectRows[]> => {
    const out: SubjectRows[] = [];
    for (const [i, node] of [...graph.nodes.entries()].reverse()) {
      const { sql, scoped } = statements[i];
      const rows = (await em.query(sql, scoped ? [subjectId, options.workspaceId] : [subjectId])) as Record<string, unknown>[];
      if (node.entity === graph.subjectEntity && rows.length === 0) throw new RowNotFoundError(node.name);
      out.push({ entity: node.entity, rows });
    }
    return out.reverse();
  };
  if (manager.queryRunner?.isTransactionActive) return read(manager);
  return manager.transaction('REPEATABLE READ', read);
}

/**
 * One entity's statement and whether it takes the workspace as `$2` (`reachCondition`: with several ownership paths — a chat message in the subject's thread,
 * or sent by the subject — a union of one scoped sub-select per path, each using its key's index).
 */
function statementFor(names: SqlNames, options: SubjectReadOptions, subject: string, entity: EntityTarget, paths: SubjectGraph['nodes'][number]['paths']): { sql: string; scoped: boolean } {
  const fields = subjectFields(options.storage, entity, subject).map((f) => f.property);
  const columns = ['id', ...fields.filter((p) => p !== 'id')].map((p) => `t.${names.column(entity, p)} AS "${p}"`);
  const key = options.storage.entityOf(entity).workspaceKey;
  const scoped = options.workspaceId !== undefined && key !== undefined;
  const scope = (alias: string) => (scoped ? ` AND ${alias}.${names.column(entity, key as string)} = $2` : '');
  const where = reachCondition(names, 't', entity, paths, '$1', scope);
  return { sql: `SELECT ${columns.join(', ')} FROM ${names.table(entity)} t WHERE ${where}${scope('t')} ORDER BY t."id"`, scoped };
}
