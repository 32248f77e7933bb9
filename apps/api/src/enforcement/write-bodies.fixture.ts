import { getMetadataStorage } from '@lawful/annotations';
import { dtoRules } from './dto-rules.util';
import { coversPurpose } from './field-oracle.util';
import type { WorkspaceResource } from './workspace-resources.fixture';

type Row = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const rulesOf = (dto: (new () => object) | undefined) => (dto === undefined ? [] : dtoRules(dto));

/**
 * A valid create body for `resource`: the properties its create DTO requires (`@IsDefined`), valued from an
 * existing row of the same workspace (so foreign ids name the workspace's own rows).
 *
 * @example
 * createBody(tasks, demoTask); // { projectId: '…', title: 'Call back' }
 */
export function createBody(resource: WorkspaceResource, row: Row): Row {
  const body: Row = {};
  for (const rule of rulesOf(resource.create?.body).filter((r) => r.required)) body[rule.property] = row[rule.property];
  if (Object.keys(body).length === 0) throw new Error(`${resource.segment}: the create DTO requires nothing to derive a body from`);
  return body;
}

/**
 * A valid patch body for `resource`: one required text property of the create DTO that the update DTO accepts
 * too, set to a new value.
 *
 * @example
 * editBody(contacts, demoContact); // { firstName: 'Ada (edited)' }
 */
export function editBody(resource: WorkspaceResource, row: Row): Row {
  const updatable = new Set(rulesOf(resource.update?.body).map((r) => r.property));
  const rule = rulesOf(resource.create?.body).find((r) => r.required && r.string && updatable.has(r.property) && !UUID.test(String(row[r.property])));
  if (rule === undefined) throw new Error(`${resource.segment}: no required text property to edit`);
  return { [rule.property]: `${String(row[rule.property]).slice(0, 40)} (edited)` };
}

/**
 * A personal (non-id) property of the create DTO that `purpose` may write, optional ones first, with a value some
 * row has: what a workspace can hide from members, to prove a body naming it is refused (403 naming it).
 *
 * @example
 * hideableProperty(contacts, demoContacts, 'service.crm'); // { property: 'lastName', value: 'Lovelace' }
 */
export function hideableProperty(resource: WorkspaceResource, rows: readonly Row[], purpose: string): { property: string; value: unknown } | undefined {
  const storage = getMetadataStorage();
  const rules = rulesOf(resource.create?.body).filter((r) => !r.uuid);
  for (const rule of [...rules.filter((r) => !r.required), ...rules.filter((r) => r.required)]) {
    const field = storage.fieldOf(resource.entity as never, rule.property);
    if (field?.kind !== 'personal' || !field.purposes.some((p) => coversPurpose(p.key, purpose))) continue;
    const row = rows.find((r) => typeof r[rule.property] === 'string' && r[rule.property] !== '');
    if (row !== undefined) return { property: rule.property, value: row[rule.property] };
  }
  return undefined;
}
