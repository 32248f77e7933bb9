import type { DataMap } from '../../model/data-map.types';
import type { DataMapLabels } from './datamap-labels.util';

/** The four columns of the flow picture, left to right. */
export const FLOW_COLUMNS = ['category', 'purpose', 'recipient', 'country'] as const;

/** A column of the flow picture. */
export type FlowColumn = (typeof FLOW_COLUMNS)[number];

/** A box of the flow picture. `id` is `<column>:<value>`, unique across columns. */
export interface FlowNode {
  id: string;
  column: FlowColumn;
  value: string;
  label: string;
  sublabel: string;
  /** Indexes in `map.fields` of the fields that reach this node. */
  fields: number[];
  /** Special-category data, a prohibited purpose or a recipient missing from the registry. */
  alert: boolean;
  /** A recipient that does not receive data yet (`planned`). */
  planned: boolean;
}

/** An arrow between nodes of adjacent columns. */
export interface FlowLink {
  source: string;
  target: string;
  fields: number[];
}

/** Nodes (ordered top to bottom within each column) and links of the flow picture. */
export interface FlowGraph {
  nodes: FlowNode[];
  links: FlowLink[];
}

/**
 * Derives the flow picture from the fields: category → purpose for each purpose of a field, purpose →
 * recipient for each recipient of a field, recipient → country for each country of a recipient. Within a
 * column, nodes are ordered by a few barycentre sweeps (mean position of linked nodes, ties by value),
 * which is deterministic and keeps most links from crossing.
 *
 * @example
 * const { nodes, links } = buildFlowGraph(map, dataMapLabels(map));
 */
export function buildFlowGraph(map: DataMap, labels: DataMapLabels): FlowGraph {
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  const node = (column: FlowColumn, value: string, index: number): string => {
    const id = `${column}:${value}`;
    const existing = nodes.get(id) ?? { id, column, value, fields: [], ...describe(map, labels, column, value) };
    if (!existing.fields.includes(index)) existing.fields.push(index);
    nodes.set(id, existing);
    return id;
  };
  const link = (source: string, target: string, index: number): void => {
    const key = `${source}\u0000${target}`;
    const existing = links.get(key) ?? { source, target, fields: [] };
    if (!existing.fields.includes(index)) existing.fields.push(index);
    links.set(key, existing);
  };
  map.fields.forEach((field, index) => {
    const category = node('category', field.category, index);
    for (const purpose of field.purposes) {
      const p = node('purpose', purpose.id, index);
      link(category, p, index);
      for (const recipientId of field.recipients) {
        const r = node('recipient', recipientId, index);
        link(p, r, index);
        for (const country of map.recipients.find((x) => x.id === recipientId)?.countries ?? []) link(r, node('country', country, index), index);
      }
    }
  });
  return { nodes: orderNodes([...nodes.values()], [...links.values()]), links: [...links.values()] };
}

function describe(map: DataMap, labels: DataMapLabels, column: FlowColumn, value: string): Pick<FlowNode, 'label' | 'sublabel' | 'alert' | 'planned'> {
  switch (column) {
    case 'category': {
      const special = map.categories.find((c) => c.id === value)?.special === true || map.fields.some((f) => f.category === value && f.special);
      return { label: labels.category(value), sublabel: special ? `${value} · special category` : value, alert: special, planned: false };
    }
    case 'purpose': {
      const purpose = map.purposes.find((p) => p.id === value);
      return { label: labels.purpose(value), sublabel: purpose?.prohibited ? `${value} · prohibited` : value, alert: purpose?.prohibited === true, planned: false };
    }
    case 'recipient': {
      const r = map.recipients.find((x) => x.id === value);
      const sublabel = r ? `${r.country || 'no country'} · ${r.safeguard} · ${r.status}` : `${value} · not in registry`;
      return { label: labels.recipient(value), sublabel, alert: !r, planned: r?.status === 'planned' };
    }
    case 'country':
      return { label: value, sublabel: recipientCount(map.recipients.filter((r) => r.countries.includes(value)).length), alert: false, planned: false };
  }
}

function recipientCount(n: number): string {
  return `${n} recipient${n === 1 ? '' : 's'}`;
}

function orderNodes(nodes: FlowNode[], links: FlowLink[]): FlowNode[] {
  const columns = FLOW_COLUMNS.map((c) => nodes.filter((n) => n.column === c).sort((a, b) => a.value.localeCompare(b.value)));
  const position = new Map<string, number>();
  const reorder = (column: FlowNode[], neighbours: (n: FlowNode) => string[]): void => {
    const mean = new Map(column.map((n, i) => {
      const at = neighbours(n).map((id) => position.get(id) ?? i);
      return [n.id, at.length > 0 ? at.reduce((a, b) => a + b, 0) / at.length : i];
    }));
    column.sort((a, b) => (mean.get(a.id) ?? 0) - (mean.get(b.id) ?? 0) || a.value.localeCompare(b.value));
    column.forEach((n, i) => position.set(n.id, i));
  };
  const sources = (n: FlowNode) => links.filter((l) => l.target === n.id).map((l) => l.source);
  const targets = (n: FlowNode) => links.filter((l) => l.source === n.id).map((l) => l.target);
  columns.flat().forEach((n) => position.set(n.id, columns.find((c) => c.includes(n))?.indexOf(n) ?? 0));
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let c = 1; c < columns.length; c++) reorder(columns[c], sources);
    for (let c = columns.length - 2; c >= 0; c--) reorder(columns[c], targets);
  }
  for (let c = 1; c < columns.length; c++) reorder(columns[c], sources);
  return columns.flat();
}
