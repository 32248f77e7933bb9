import { getMetadataStorage } from '@lawful/annotations';
import { type DataSource, type EntityTarget, IsNull, Not, type ObjectLiteral } from 'typeorm';
import { Contact } from '../processor/crm/contact.entity';
import { Deal } from '../processor/crm/deal.entity';
import { Task } from '../processor/projects/task.entity';
import type { SeededApp } from '../testing/seeded-app.fixture';
import type { SubjectFacts } from './row-oracle.util';

/**
 * Every row of `entity` in one workspace (by its `@WorkspaceKey` property), straight from the database.
 *
 * @example
 * const demoDeals = await workspaceRows(dataSource, Deal, demoId);
 */
export async function workspaceRows(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, workspaceId: string): Promise<Record<string, unknown>[]> {
  const key = getMetadataStorage().entityOf(entity as never).workspaceKey;
  if (key === undefined) throw new Error(`${String(entity)} has no @WorkspaceKey`);
  return dataSource.getRepository(entity).find({ where: { [key]: workspaceId } });
}

/**
 * Records, through the subject-rights API as the Demo owner, a spread of subject state on Demo contacts and
 * returns it as facts for the row oracle: consents to `consentPurpose` for two contacts, one consent granted then
 * withdrawn (latest wins), an objection to `objectionPurpose` (one of the consenting contacts, and the contact
 * of a task), and a restriction on the contact of a deal, so rows owned by contacts are affected too.
 *
 * @example
 * const facts = await recordSubjectFacts(seeded, 'service.communications.campaigns', 'support');
 */
export async function recordSubjectFacts(s: SeededApp, consentPurpose: string, objectionPurpose: string): Promise<SubjectFacts> {
  const byId = { order: { id: 'ASC' as const } };
  const deal = await s.dataSource.getRepository(Deal).findOneOrFail({ where: { workspaceId: s.demo, contactId: Not(IsNull()) }, ...byId });
  const restricted = deal.contactId as string;
  const task = await s.dataSource.getRepository(Task).findOne({ where: { workspaceId: s.demo, contactId: Not(IsNull()) }, ...byId });
  const contacts = (await s.dataSource.getRepository(Contact).find({ where: { workspaceId: s.demo }, ...byId, take: 10 })).map((c) => c.id);
  const free = contacts.filter((id) => id !== restricted && id !== task?.contactId);
  const [consented, consentedObjecting, withdrawn] = free;
  const objecting = task?.contactId !== undefined && task.contactId !== null && task.contactId !== restricted ? task.contactId : free[3];
  const owner = s.as('owner@demo.test');
  const subject = (id: string) => `/workspaces/${s.demo}/subjects/${id}`;
  for (const id of [consented, consentedObjecting, withdrawn]) {
    await owner.post(`${subject(id)}/consents`, { purpose: consentPurpose, granted: true, method: 'web_form' }).expect(201);
  }
  await owner.post(`${subject(withdrawn)}/consents`, { purpose: consentPurpose, granted: false, method: 'email' }).expect(201);
  for (const id of [consentedObjecting, objecting]) await owner.post(`${subject(id)}/objections`, { purpose: objectionPurpose }).expect(201);
  await owner.post(`${subject(restricted)}/restriction`, { reason: 'accuracy_contested' }).expect(201);
  return {
    consents: new Map([[consentPurpose, new Set([consented, consentedObjecting])]]),
    objections: new Map([[objectionPurpose, new Set([consentedObjecting, objecting])]]),
    restricted: new Set([restricted]),
  };
}

