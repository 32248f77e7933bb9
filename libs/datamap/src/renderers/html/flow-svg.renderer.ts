import { FLOW_COLUMNS, type FlowColumn, type FlowGraph, type FlowNode } from './flow-graph.builder';
import { escapeHtml } from './html-escape.util';

const NODE_WIDTH = 230;
const NODE_HEIGHT = 40;
const ROW = 52;
const GAP = 120;
const TOP = 40;
const PAD = 8;
const HEADINGS: Record<FlowColumn, string> = { category: 'Data categories', purpose: 'Purposes', recipient: 'Recipients', country: 'Countries' };
/** Columns whose nodes set the filter of the same name when clicked. */
const FILTERABLE: readonly FlowColumn[] = ['category', 'purpose', 'recipient'];

/**
 * Lays the flow graph out in four columns and draws it as an inline `<svg id="flow">`: `<g class="node">`
 * boxes (`data-id`, `data-fields` = indexes of the fields involved) and `<path class="link">` curves.
 * The layout is computed here, so the same map always gives the same picture.
 *
 * @example
 * const svg = renderFlowSvg(buildFlowGraph(map, dataMapLabels(map)));
 */
export function renderFlowSvg(graph: FlowGraph): string {
  const rows = Math.max(1, ...FLOW_COLUMNS.map((c) => graph.nodes.filter((n) => n.column === c).length));
  const width = PAD * 2 + FLOW_COLUMNS.length * NODE_WIDTH + (FLOW_COLUMNS.length - 1) * GAP;
  const height = TOP + rows * ROW + PAD;
  const place = new Map<string, { x: number; y: number }>();
  FLOW_COLUMNS.forEach((column, c) => {
    const inColumn = graph.nodes.filter((n) => n.column === column);
    const offset = TOP + ((rows - inColumn.length) * ROW) / 2 + (ROW - NODE_HEIGHT) / 2;
    inColumn.forEach((n, i) => place.set(n.id, { x: PAD + c * (NODE_WIDTH + GAP), y: offset + i * ROW }));
  });
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const headings = FLOW_COLUMNS.map((c, i) => `<text class="flow-heading" x="${PAD + i * (NODE_WIDTH + GAP)}" y="20">${HEADINGS[c]}</text>`);
  const links = graph.links.map((l) => {
    const from = place.get(l.source) ?? { x: 0, y: 0 };
    const to = place.get(l.target) ?? { x: 0, y: 0 };
    const [x1, y1, x2, y2] = [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2, to.x, to.y + NODE_HEIGHT / 2];
    const d = `M${x1},${y1} C${x1 + GAP / 2},${y1} ${x2 - GAP / 2},${y2} ${x2},${y2}`;
    const title = `${label(l.source)} → ${label(l.target)} (${count(l.fields.length)})`;
    return `<path class="link" d="${d}" stroke-width="${Math.min(2 + (l.fields.length - 1) * 1.5, 9)}" data-source="${escapeHtml(l.source)}" data-target="${escapeHtml(l.target)}" data-fields="${l.fields.join(' ')}"><title>${escapeHtml(title)}</title></path>`;
  });
  const nodes = graph.nodes.map((n) => renderNode(n, place.get(n.id) ?? { x: 0, y: 0 }));
  const empty = graph.nodes.length === 0 ? [`<text class="flow-empty" x="${PAD}" y="${TOP + 24}">No personal fields: nothing flows.</text>`] : [];
  return [
    `<svg id="flow" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="flow-title">`,
    '<title id="flow-title">Data flows: data categories to purposes to recipients to countries</title>',
    ...headings, '<g class="links">', ...links, '</g>', '<g class="nodes">', ...nodes, '</g>', ...empty, '</svg>',
  ].join('\n');
}

function renderNode(n: FlowNode, at: { x: number; y: number }): string {
  const classes = ['node', `node-${n.column}`, n.alert ? 'alert' : '', n.planned ? 'planned' : ''].filter(Boolean).join(' ');
  const filter = FILTERABLE.includes(n.column) ? ` data-filter="${n.column}" data-value="${escapeHtml(n.value)}" tabindex="0" role="button"` : '';
  return [
    `<g class="${classes}" data-id="${escapeHtml(n.id)}" data-fields="${n.fields.join(' ')}"${filter} transform="translate(${at.x},${at.y})">`,
    `<title>${escapeHtml(`${n.label} — ${n.sublabel} (${count(n.fields.length)})`)}</title>`,
    `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"></rect>`,
    `<text class="node-label" x="10" y="17">${escapeHtml(truncate(n.label, 27))}</text>`,
    `<text class="node-sub" x="10" y="32">${escapeHtml(truncate(n.sublabel, 36))}</text>`,
    '</g>',
  ].join('');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function count(fields: number): string {
  return `${fields} field${fields === 1 ? '' : 's'}`;
}
