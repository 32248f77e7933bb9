import { randomBytes } from 'node:crypto';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { User } from '../../../controller/accounts/user.entity';
import { ChatMessage } from '../../communications/chat-message.entity';
import { ChatThread } from '../../communications/chat-thread.entity';
import { EmailMessage } from '../../communications/email-message.entity';
import { ContactTag } from '../../crm/contact-tag.entity';
import { Contact } from '../../crm/contact.entity';
import { CustomFieldDefinition } from '../../crm/custom-field-definition.entity';
import { CustomFieldValue } from '../../crm/custom-field-value.entity';
import { Deal } from '../../crm/deal.entity';
import { NoteContact } from '../../crm/note-contact.entity';
import { Note } from '../../crm/note.entity';
import { Tag } from '../../crm/tag.entity';
import { FileAttachment } from '../../files/file-attachment.entity';
import { Project } from '../../projects/project.entity';
import { Task } from '../../projects/task.entity';
import { LeadScore } from '../../scoring/lead-score.entity';
import { ContactConsent } from '../contact-consent.entity';
import { ContactObjection } from '../contact-objection.entity';

/**
 * A contact whose identifiers were planted across the workspace's data, and the rows they sit in.
 *
 * @example
 * const { id, identifiers, rows } = await plantContact(s.dataSource, s.demo);
 */
export interface PlantedContact {
  id: string;
  /** Its id, email, first and last name and phone number: what the no-trace scan looks for. */
  identifiers: string[];
  /** A second contact sharing a note and a chat thread with it (must keep its rows). */
  other: string;
  rows: { sharedNote: string; aloneNote: string; emailFrom: string; emailTo: string; thread: string; ownMessage: string; messageInOtherThread: string; deal: string; task: string };
}

/**
 * Creates, in `workspaceId`, a contact with unique identifiers and plants them where they naturally occur: the
 * contact row; a note shared with a second contact whose body names both, and a note about it alone; an email from
 * its address and one to it (cc too); a live-chat thread with it (visitor name and email) and its message; its
 * message in the second contact's thread; a deal, a task, a file, a tag, a custom field value, a lead score,
 * consent and objection records.
 *
 * @example
 * const planted = await plantContact(s.dataSource, s.demo);
 */
export async function plantContact(dataSource: DataSource, workspaceId: string): Promise<PlantedContact> {
  const tag = randomBytes(4).toString('hex');
  const first = `Zeddicus${tag}`;
  const last = `Zorander${tag}`;
  const email = `zedd.${tag}@example.test`;
  const phone = `+1 902 555 ${parseInt(tag, 16) % 10_000}`;
  const member = (await dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' })).id;
  const insert = async <T extends ObjectLiteral>(entity: EntityTarget<T>, row: object): Promise<string> => String((await dataSource.getRepository(entity).insert({ workspaceId, ...row } as never)).identifiers[0]?.['id']);
  const id = await insert(Contact, { firstName: first, lastName: last, email, phone, jobTitle: 'Wizard', addressCity: 'Aydindril' });
  const other = await insert(Contact, { firstName: `Kahlan${tag}`, lastName: 'Amnell', email: `kahlan.${tag}@example.test` });
  const sharedNote = await insert(Note, { body: `Met ${first} ${last} with Kahlan${tag}; call ${phone}`, authorUserId: member });
  const aloneNote = await insert(Note, { body: `${first} prefers email: ${email}`, authorUserId: member });
  for (const [noteId, contactId] of [[sharedNote, id], [sharedNote, other], [aloneNote, id]]) await insert(NoteContact, { noteId, contactId });
  const mail = { userId: member, contactId: id, sentAt: new Date() };
  const emailFrom = await insert(EmailMessage, { ...mail, fromAddress: email, toAddresses: ['member@demo.test'], ccAddresses: [], subject: `Hello from ${first}`, bodyText: `Regards, ${first} ${last}, ${phone}`, messageIdHeader: `<${tag}-1@example.test>`, direction: 'inbound' });
  const emailTo = await insert(EmailMessage, { ...mail, fromAddress: 'member@demo.test', toAddresses: [email], ccAddresses: [email], subject: `Re: Hello ${first}`, bodyText: 'Thanks', messageIdHeader: `<${tag}-2@example.test>`, direction: 'outbound' });
  const thread = await insert(ChatThread, { channel: 'live_chat', contactId: id, visitorName: `${first} ${last}`, visitorEmail: email });
  const ownMessage = await insert(ChatMessage, { threadId: thread, senderContactId: id, body: `I am ${first}, reach me at ${phone}`, sentAt: new Date(), intent: 'support' });
  const otherThread = await insert(ChatThread, { channel: 'live_chat', contactId: other, visitorName: null, visitorEmail: null });
  const messageInOtherThread = await insert(ChatMessage, { threadId: otherThread, senderContactId: id, body: `${first} joined the chat`, sentAt: new Date(), intent: null });
  await insert(ChatMessage, { threadId: otherThread, senderContactId: other, body: 'Hello', sentAt: new Date(), intent: null });
  const deal = await insert(Deal, { title: `${last} renewal`, contactId: id, value: '1200.00', currency: 'CAD' });
  const project = await insert(Project, { name: `Project ${tag}` });
  const task = await insert(Task, { projectId: project, title: `Call ${first}`, description: `Phone ${phone}`, contactId: id });
  await insert(FileAttachment, { fileName: `${last}-contract.pdf`, mimeType: 'application/pdf', sizeBytes: '1024', storageKey: `files/${tag}`, uploadedByUserId: member, contactId: id });
  const tagId = await insert(Tag, { name: `VIP ${tag}`, color: '#000000' });
  await insert(ContactTag, { contactId: id, tagId });
  const definition = await insert(CustomFieldDefinition, { name: `Nickname ${tag}` });
  await insert(CustomFieldValue, { definitionId: definition, contactId: id, value: `Zedd ${last}` });
  await insert(LeadScore, { contactId: id, score: 0.8, modelVersion: 'v1', explanation: { fit: 0.5 }, scoredAt: new Date() });
  await insert(ContactConsent, { contactId: id, purpose: 'service.communications.campaigns', granted: true, method: 'web_form', recordedByUserId: member });
  await insert(ContactObjection, { contactId: id, purpose: 'enrichment', withdrawnAt: null });
  return { id, identifiers: [id, email, first, last, phone], other, rows: { sharedNote, aloneNote, emailFrom, emailTo, thread, ownMessage, messageInOtherThread, deal, task } };
}
