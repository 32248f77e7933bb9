import { hash } from 'bcryptjs';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { User } from '../controller/accounts/user.entity';
import { Membership } from '../controller/workspaces/membership.entity';
import { Workspace } from '../controller/workspaces/workspace.entity';
import { ChatMessage } from '../processor/communications/chat-message.entity';
import { ChatThread } from '../processor/communications/chat-thread.entity';
import { EmailMessage } from '../processor/communications/email-message.entity';
import { Company } from '../processor/crm/company.entity';
import { Contact } from '../processor/crm/contact.entity';
import { ContactTag } from '../processor/crm/contact-tag.entity';
import { Deal } from '../processor/crm/deal.entity';
import { Note } from '../processor/crm/note.entity';
import { NoteContact } from '../processor/crm/note-contact.entity';
import { Tag } from '../processor/crm/tag.entity';
import { Project } from '../processor/projects/project.entity';
import { Task } from '../processor/projects/task.entity';
import { DEMO_PASSWORD } from './demo-accounts';
import { buildDemoData, type DemoData } from './demo-data.builder';

const TARGETS: { [K in keyof DemoData]: EntityTarget<ObjectLiteral> } = {
  users: User, workspaces: Workspace, memberships: Membership, companies: Company, contacts: Contact, tags: Tag,
  contactTags: ContactTag, deals: Deal, notes: Note, noteContacts: NoteContact, projects: Project, tasks: Task,
  chatThreads: ChatThread, chatMessages: ChatMessage, emailMessages: EmailMessage,
};

/**
 * Inserts the demo data set in one transaction and returns how many rows of each kind it wrote.
 *
 * @example
 * await seedDemoData(dataSource); // { users: 5, workspaces: 2, contacts: 330, ... }
 */
export async function seedDemoData(dataSource: DataSource): Promise<Record<keyof DemoData, number>> {
  const data = buildDemoData();
  const passwordHash = await hash(DEMO_PASSWORD, 10);
  data.users = data.users.map((u) => ({ ...u, passwordHash }));
  const counts = {} as Record<keyof DemoData, number>;
  await dataSource.transaction(async (manager) => {
    for (const key of Object.keys(TARGETS) as (keyof DemoData)[]) {
      const rows = data[key];
      for (let i = 0; i < rows.length; i += 200) await manager.insert(TARGETS[key], rows.slice(i, i + 200) as ObjectLiteral[]);
      counts[key] = rows.length;
    }
  });
  return counts;
}
