import type { PrivacyMetadataStorage } from '@lawful/annotations';
import { SqlNames } from '@lawful/nestjs';
import type { SubjectGraph } from '@lawful/rights';
import type { DataSource } from 'typeorm';

interface IndexRow {
  table: string;
  index: string;
  cols: string[];
  /** A partial index (`WHERE …`): no use to statements that do not repeat its condition. */
  partial: boolean;
}

/** A column the subject's reads or erasure filter on by the subject's key, and how it is filtered. */
interface KeyColumn {
  table: string;
  column: string;
  /** Filtered without the workspace key: a sub-select of a later hop, or a foreign-key trigger. */
  unscoped: boolean;
  workspaceKey?: string;
  why: string;
}

/**
 * Which index serves each column the subject's statements filter on: the ownership-path columns of the graph (the
 * first hop of a path is filtered together with the workspace key, so an index leading with the workspace key then
 * the column serves it; later hops are sub-selects without a workspace filter), and the foreign keys referencing
 * any table of the graph (deleting a row there runs `… WHERE column = $1` on each, without workspace key). Partial
 * indexes do not count. Prints each column's index and returns `CREATE INDEX` statements (leading with the column)
 * for those without a usable one — for a what-if run on the bench database only; the migrations are unchanged.
 *
 * @example
 * const missing = await checkSubjectIndexes(dataSource, storage, subjectGraph(storage, Contact));
 */
export async function checkSubjectIndexes(dataSource: DataSource, storage: PrivacyMetadataStorage, graph: SubjectGraph): Promise<string[]> {
  const names = new SqlNames(dataSource);
  const columns = new Map<string, KeyColumn>();
  const add = (c: KeyColumn) => {
    const known = columns.get(`${c.table}.${c.column}`);
    columns.set(`${c.table}.${c.column}`, known ? { ...known, unscoped: known.unscoped || c.unscoped, why: known.why.includes(c.why) ? known.why : `${known.why}, ${c.why}` } : c);
  };
  for (const node of graph.nodes) {
    for (const path of node.paths) {
      path.forEach((hop, k) => {
        const key = storage.entityOf(hop.entity).workspaceKey;
        const column = names.column(hop.entity, hop.property).replace(/"/g, '');
        add({ table: names.metadata(hop.entity).tableName, column, unscoped: k > 0, ...(key ? { workspaceKey: names.column(hop.entity, key).replace(/"/g, '') } : {}), why: k > 0 ? 'path sub-select' : 'path' });
      });
    }
  }
  const graphTables = graph.nodes.map((n) => names.metadata(n.entity).tableName);
  const foreignKeys = (await dataSource.query(
    `SELECT c.conrelid::regclass::text AS "table", a.attname::text AS "column", c.confrelid::regclass::text AS "references"
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = ANY($1::regclass[])`,
    [graphTables.map((t) => `"${t}"`)],
  )) as { table: string; column: string; references: string }[];
  for (const fk of foreignKeys) add({ table: fk.table.replace(/"/g, ''), column: fk.column, unscoped: true, why: `FK to ${fk.references.replace(/"/g, '')}` });
  const indexes = (await dataSource.query(
    `SELECT c.relname AS "table", i.relname AS "index", array_agg(a.attname::text ORDER BY k.ord) AS cols, x.indpred IS NOT NULL AS partial
       FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
       CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE c.relname = ANY($1) GROUP BY c.relname, i.relname, x.indpred`,
    [[...new Set([...columns.values()].map((c) => c.table))]],
  )) as IndexRow[];
  console.log(`\nindexes behind the columns the subject's statements filter on (ownership paths of ${graph.subjectEntity.name}, foreign keys to the graph's tables)`);
  const missing: string[] = [];
  for (const c of columns.values()) {
    const own = indexes.filter((i) => i.table === c.table && !i.partial);
    const found = own.find((i) => i.cols[0] === c.column) ?? (c.unscoped ? undefined : own.find((i) => i.cols[0] === c.workspaceKey && i.cols[1] === c.column));
    const others = indexes.filter((i) => i.table === c.table && i.cols.includes(c.column)).map((i) => `(${i.cols.join(', ')})${i.partial ? ' partial' : ''}`);
    const how = found ? `${found.index} (${found.cols.join(', ')})` : `NO USABLE INDEX${others.length > 0 ? ` (has ${others.join(' ')})` : ''} — scans the table`;
    console.log(`  ${`${c.table}.${c.column}`.padEnd(44)} ${c.why.padEnd(34)} ${c.unscoped ? 'no workspace filter ' : 'with workspace key  '} ${how}`);
    if (!found) missing.push(`CREATE INDEX "bench_whatif_${c.table}_${c.column}" ON "${c.table}" ("${c.column}")`);
  }
  return missing;
}
