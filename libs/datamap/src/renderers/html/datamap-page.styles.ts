/**
 * The page's inline stylesheet: system fonts only (no web fonts), a sticky filter bar, colour-coded legal
 * bases, the flow picture's columns, and print rules that show every row.
 *
 * @example
 * const html = `<style>${DATAMAP_PAGE_STYLES}</style>`;
 */
export const DATAMAP_PAGE_STYLES = `
:root { --ink: #0f172a; --text: #1e293b; --muted: #64748b; --line: #e2e8f0; --bg: #f1f5f9; --card: #fff; --accent: #2563eb; --alert: #dc2626; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { scroll-padding-top: 120px; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
kbd { font: 11px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid #cbd5e1; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; }
code { font: 12px/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; color: #475569; background: #f1f5f9; border-radius: 4px; padding: 1px 4px; white-space: nowrap; }
.page-header { background: var(--ink); color: #e2e8f0; padding: 24px 32px 0; }
.page-header h1 { margin: 0; font-size: 24px; color: #fff; letter-spacing: -0.01em; }
.page-header p { margin: 4px 0 0; color: #94a3b8; }
.stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0 0; }
.stat { background: #1e293b; border-radius: 8px; padding: 10px 16px; min-width: 128px; }
.stat dt { font-size: 12px; color: #94a3b8; }
.stat dd { margin: 2px 0 0; font-size: 22px; font-weight: 600; color: #fff; }
.stat-alert dd { color: #fca5a5; }
.page-header nav { display: flex; gap: 4px; margin-top: 16px; }
.page-header nav a { color: #cbd5e1; text-decoration: none; padding: 8px 12px; border-bottom: 2px solid transparent; }
.page-header nav a:hover { color: #fff; border-bottom-color: var(--accent); }
.toolbar { position: sticky; top: 0; z-index: 10; background: rgba(255, 255, 255, 0.97); border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(15, 23, 42, 0.06); padding: 12px 32px; }
.controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px; margin: 0; }
.control { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: var(--muted); font-weight: 500; }
.control input, .control select { font: inherit; font-size: 13px; color: var(--text); border: 1px solid #cbd5e1; border-radius: 6px; padding: 6px 8px; background: #fff; }
.control input, .control select, button { height: 32px; }
.control select { width: 140px; }
.control select.set { border-color: var(--accent); background: #eff6ff; font-weight: 600; }
.control-search { flex: 1 1 200px; max-width: 360px; }
.control-search input { width: 100%; }
.control input:focus, .control select:focus, button:focus-visible, .node:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button { font: inherit; font-size: 13px; border: 1px solid #cbd5e1; background: #fff; border-radius: 6px; padding: 6px 14px; cursor: pointer; color: var(--text); }
button:disabled { color: #94a3b8; cursor: default; }
.counter { margin: 0 0 0 auto; padding-bottom: 6px; color: var(--muted); white-space: nowrap; }
.counter strong { color: var(--ink); font-size: 16px; }
main { padding: 20px 32px 8px; max-width: 1680px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin-bottom: 20px; }
.card h2 { margin: 0 0 4px; font-size: 17px; color: var(--ink); }
.hint { margin: 0 0 12px; color: var(--muted); font-size: 13px; }
.table-wrap, .flow-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; padding: 8px 10px; border-bottom: 2px solid var(--line); white-space: nowrap; }
td { padding: 9px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr:hover td { background: #f8fafc; }
td ul { margin: 0; padding: 0; list-style: none; }
td li + li { margin-top: 4px; }
td > div { margin-top: 2px; }
#no-match td { text-align: center; color: var(--muted); padding: 24px; }
.muted { color: var(--muted); font-size: 12px; }
.badge, .basis { display: inline-block; font-size: 11px; font-weight: 600; line-height: 1.6; padding: 0 7px; border-radius: 999px; background: #e2e8f0; color: #334155; white-space: nowrap; }
.badge-ok { background: #dcfce7; color: #166534; }
.badge-adm { background: #ede9fe; color: #5b21b6; }
.adm { border-top: 1px solid #e2e8f0; padding-top: 8px; margin-top: 12px; }
.adm-fields { display: flex; flex-wrap: wrap; gap: 0 32px; }
.badge-alert, .status-retired { background: #fee2e2; color: #991b1b; }
.status-active { background: #dcfce7; color: #166534; }
.status-planned { background: #fef3c7; color: #92400e; }
.role-controller { background: #dbeafe; color: #1e40af; }
.role-processor { background: #ede9fe; color: #5b21b6; }
.basis-contract { background: #dbeafe; color: #1e40af; }
.basis-consent { background: #fef3c7; color: #92400e; }
.basis-legitimate_interests { background: #ede9fe; color: #5b21b6; }
.basis-legal_obligation { background: #dcfce7; color: #166534; }
.basis-vital_interests { background: #fee2e2; color: #991b1b; }
.basis-public_task { background: #ccfbf1; color: #115e59; }
.basis-none { background: #fff; color: var(--alert); border: 1px solid #fca5a5; }
.hold { margin-top: 4px; font-size: 12px; color: #92400e; }
#flow { display: block; max-width: 100%; height: auto; font-family: inherit; }
.flow-heading { font-size: 12px; font-weight: 600; fill: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.flow-empty { fill: var(--muted); font-size: 14px; }
.link { fill: none; stroke: #94a3b8; stroke-opacity: 0.45; transition: stroke-opacity 0.15s, opacity 0.15s; }
.link:hover { stroke-opacity: 0.85; }
.node rect { stroke-width: 1.5; transition: opacity 0.15s; }
.node-category rect { fill: #eff6ff; stroke: #60a5fa; }
.node-purpose rect { fill: #f5f3ff; stroke: #a78bfa; }
.node-recipient rect { fill: #fff7ed; stroke: #fb923c; }
.node-country rect { fill: #f0fdf4; stroke: #4ade80; }
.node.alert rect { fill: #fef2f2; stroke: var(--alert); }
.node.planned rect { stroke-dasharray: 5 3; }
.node.active rect { stroke: var(--ink); stroke-width: 2.5; }
.node[data-filter] { cursor: pointer; }
.node[data-filter]:hover rect { stroke-width: 2.5; }
.node-label { font-size: 13px; font-weight: 600; fill: var(--ink); }
.node-sub { font-size: 11px; fill: var(--muted); }
#flow .dim { opacity: 0.2; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 10px; font-size: 12px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 14px; height: 10px; margin-right: 6px; border-radius: 3px; vertical-align: -1px; border: 1.5px solid; }
.legend .l-category::before { background: #eff6ff; border-color: #60a5fa; }
.legend .l-purpose::before { background: #f5f3ff; border-color: #a78bfa; }
.legend .l-recipient::before { background: #fff7ed; border-color: #fb923c; }
.legend .l-country::before { background: #f0fdf4; border-color: #4ade80; }
.legend .l-alert::before { background: #fef2f2; border-color: var(--alert); }
.legend .l-planned::before { border-style: dashed; border-color: #fb923c; }
footer { padding: 8px 32px 32px; color: var(--muted); font-size: 12px; }
@media print {
  body { background: #fff; }
  .toolbar, .page-header nav { display: none; }
  tr[hidden] { display: table-row !important; }
  #no-match { display: none !important; }
  #flow .dim { opacity: 1; }
  .card { break-inside: avoid-page; border: none; padding: 0; }
}
`;
