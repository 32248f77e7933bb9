import type { DeepPartial } from 'typeorm';
import type { User } from '../controller/accounts/user.entity';
import type { Membership } from '../controller/workspaces/membership.entity';
import type { Workspace } from '../controller/workspaces/workspace.entity';
import type { Company } from '../processor/crm/company.entity';
import type { Contact } from '../processor/crm/contact.entity';
import type { ContactTag } from '../processor/crm/contact-tag.entity';
import type { Deal } from '../processor/crm/deal.entity';
import type { Note } from '../processor/crm/note.entity';
import type { NoteContact } from '../processor/crm/note-contact.entity';
import type { Tag } from '../processor/crm/tag.entity';
import type { ChatMessage } from '../processor/communications/chat-message.entity';
import type { ChatThread } from '../processor/communications/chat-thread.entity';
import type { EmailMessage } from '../processor/communications/email-message.entity';
import type { Project } from '../processor/projects/project.entity';
import type { Task } from '../processor/projects/task.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { CITIES, COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, INDUSTRIES, LAST_NAMES, MESSAGE_TEXTS, NOTE_TEXTS, TASK_TITLES } from './demo-names';
import { SeededRandom } from './seeded-random';

/** Rows of the demo data set, in insertion order (parents before children). Passwords are hashed at insert. */
export interface DemoData {
  users: DeepPartial<User>[];
  workspaces: DeepPartial<Workspace>[];
  memberships: DeepPartial<Membership>[];
  companies: DeepPartial<Company>[];
  contacts: DeepPartial<Contact>[];
  tags: DeepPartial<Tag>[];
  contactTags: DeepPartial<ContactTag>[];
  deals: DeepPartial<Deal>[];
  notes: DeepPartial<Note>[];
  noteContacts: DeepPartial<NoteContact>[];
  projects: DeepPartial<Project>[];
  tasks: DeepPartial<Task>[];
  chatThreads: DeepPartial<ChatThread>[];
  chatMessages: DeepPartial<ChatMessage>[];
  emailMessages: DeepPartial<EmailMessage>[];
}

const EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 86_400_000;

/**
 * Builds the deterministic demo data set: the same rows, ids included, on every run and machine.
 *
 * @example
 * const data = buildDemoData();
 * data.contacts.length; // 330
 */
export function buildDemoData(seed = 20260403): DemoData {
  const rng = new SeededRandom(seed);
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[rng.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const at = (days: number) => new Date(EPOCH + days * DAY);
  const data: DemoData = { users: [], workspaces: [], memberships: [], companies: [], contacts: [], tags: [], contactTags: [], deals: [], notes: [], noteContacts: [], projects: [], tasks: [], chatThreads: [], chatMessages: [], emailMessages: [] };

  const userIds = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const id = uuid();
    userIds.set(a.email, id);
    data.users.push({ id, name: `${a.firstName} ${a.lastName}`, email: a.email, firstName: a.firstName, lastName: a.lastName, timezone: 'America/Halifax', language: 'en' });
  }
  const userOf = (email: string): string => {
    const id = userIds.get(email);
    if (id === undefined) throw new Error(`demo data: no demo account ${email}`);
    return id;
  };
  for (const [name, slug, owner, size] of [['Demo', 'demo', 'owner@demo.test', 300], ['Other', 'other', 'owner@other.test', 30]] as const) {
    const workspaceId = uuid();
    data.workspaces.push({ id: workspaceId, name, slug, settings: { locale: 'en' }, ownerId: userOf(owner) });
    const members = DEMO_ACCOUNTS.filter((a) => a.workspace === name).map((a) => userOf(a.email));
    for (const a of DEMO_ACCOUNTS.filter((x) => x.workspace === name)) {
      data.memberships.push({ id: uuid(), workspaceId, userId: userOf(a.email), role: a.role, permissions: {} });
    }
    buildCrm(data, { rng, uuid, at, workspaceId, members, contacts: size });
  }
  return data;
}

interface CrmContext {
  rng: SeededRandom;
  uuid: () => string;
  at: (days: number) => Date;
  workspaceId: string;
  members: string[];
  contacts: number;
}

function buildCrm(data: DemoData, c: CrmContext): void {
  const { rng, uuid, at, workspaceId, members } = c;
  const companies = Array.from({ length: Math.ceil(c.contacts / 8) }, (_, i) => {
    const [city, region, country] = rng.pick(CITIES);
    const name = `${COMPANY_WORDS[i % COMPANY_WORDS.length]} ${rng.pick(COMPANY_SUFFIXES)}`;
    return { id: uuid(), workspaceId, name, domain: `${name.toLowerCase().replace(/[^a-z]+/g, '-')}.example`, industry: rng.pick(INDUSTRIES), size: rng.pick(['1-10', '11-50', '51-200']), phone: null, addressStreet: null, addressCity: city, addressRegion: region, addressPostalCode: null, addressCountry: country };
  });
  data.companies.push(...companies);
  const tags = ['VIP', 'Newsletter', 'Partner', 'Churn risk'].map((name, i) => ({ id: uuid(), workspaceId, name, color: ['#e11d48', '#2563eb', '#16a34a', '#f59e0b'][i] }));
  data.tags.push(...tags);
  const contacts = Array.from({ length: c.contacts }, (_, i) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const company = rng.chance(0.85) ? rng.pick(companies) : null;
    const [city, region, country] = rng.pick(CITIES);
    return {
      id: uuid(), workspaceId, firstName: first, lastName: last,
      email: `${first}.${last}.${i}@${company?.domain ?? 'mail.example'}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      phone: `+1-555-${String(1000 + i).padStart(4, '0')}`, jobTitle: rng.pick(['CEO', 'CTO', 'Buyer', 'Office manager', 'Founder', 'Sales lead']),
      companyId: company?.id ?? null, ownerUserId: rng.pick(members), addressStreet: null, addressCity: city, addressRegion: region, addressPostalCode: null, addressCountry: country,
      websiteUrl: null, linkedinUrl: null, lifecycleStage: rng.pick(['lead', 'qualified', 'customer']), source: rng.pick(['website', 'referral', 'event', 'import']),
      lastContactedAt: rng.chance(0.7) ? at(rng.int(0, 300)) : null, doNotContact: rng.chance(0.05),
    };
  });
  data.contacts.push(...contacts);
  for (const contact of contacts) {
    if (rng.chance(0.3)) data.contactTags.push({ id: uuid(), workspaceId, contactId: contact.id, tagId: rng.pick(tags).id });
  }
  for (let i = 0; i < Math.round(c.contacts * 0.4); i++) {
    const contact = rng.pick(contacts);
    const outcome = rng.pick(['open', 'open', 'won', 'lost']);
    data.deals.push({ id: uuid(), workspaceId, title: `${rng.pick(['Annual plan', 'Pilot', 'Expansion', 'Renewal'])} ${i + 1}`, value: String(rng.int(5, 500) * 100), currency: 'CAD', stage: outcome === 'open' ? rng.pick(['new', 'proposal', 'negotiation']) : 'closed', contactId: contact.id, companyId: contact.companyId, ownerUserId: rng.pick(members), expectedCloseDate: at(rng.int(300, 420)).toISOString().slice(0, 10), closedAt: outcome === 'open' ? null : at(rng.int(0, 300)), outcome });
  }
  for (let i = 0; i < Math.round(c.contacts * 0.66); i++) {
    const note = { id: uuid(), workspaceId, body: rng.pick(NOTE_TEXTS), authorUserId: rng.pick(members) };
    data.notes.push(note);
    const first = rng.pick(contacts);
    data.noteContacts.push({ id: uuid(), workspaceId, noteId: note.id, contactId: first.id });
    const second = rng.pick(contacts);
    if (rng.chance(0.15) && second.id !== first.id) data.noteContacts.push({ id: uuid(), workspaceId, noteId: note.id, contactId: second.id });
  }
  const projects = ['Onboarding', 'Q3 campaign', 'Website relaunch'].map((name) => ({ id: uuid(), workspaceId, name, description: `${name} project`, ownerUserId: rng.pick(members), status: 'active' }));
  data.projects.push(...projects);
  for (let i = 0; i < Math.round(c.contacts / 5); i++) {
    const done = rng.chance(0.4);
    data.tasks.push({ id: uuid(), workspaceId, projectId: rng.pick(projects).id, title: rng.pick(TASK_TITLES), description: null, assigneeUserId: rng.pick(members), contactId: rng.chance(0.5) ? rng.pick(contacts).id : null, dueAt: at(rng.int(280, 360)), status: done ? 'done' : 'todo', completedAt: done ? at(rng.int(200, 300)) : null });
  }
  for (let i = 0; i < Math.round(c.contacts / 6); i++) {
    const contact = rng.pick(contacts);
    const thread = { id: uuid(), workspaceId, channel: 'live_chat', contactId: contact.id, visitorName: null, visitorEmail: null };
    data.chatThreads.push(thread);
    for (let m = 0; m < 3; m++) {
      const fromContact = m % 2 === 0;
      data.chatMessages.push({ id: uuid(), workspaceId, threadId: thread.id, senderUserId: fromContact ? null : rng.pick(members), senderContactId: fromContact ? contact.id : null, body: fromContact ? rng.pick(MESSAGE_TEXTS) : 'Happy to help — let me check.', sentAt: at(200 + i + m / 100), intent: null });
    }
  }
  for (let i = 0; i < Math.round(c.contacts / 5); i++) {
    const contact = rng.pick(contacts);
    const inbound = rng.chance(0.5);
    const mailbox = rng.pick(members);
    data.emailMessages.push({ id: uuid(), workspaceId, userId: mailbox, contactId: contact.id, fromAddress: inbound ? contact.email : 'sales@demo.test', toAddresses: [inbound ? 'sales@demo.test' : contact.email], ccAddresses: [], subject: rng.pick(['Your quote', 'Meeting notes', 'Question about pricing']), bodyText: rng.pick(MESSAGE_TEXTS), messageIdHeader: `<demo-${i}-${workspaceId.slice(0, 8)}@mail.example>`, sentAt: at(rng.int(100, 300)), direction: inbound ? 'inbound' : 'outbound' });
  }
}
