import type { SubjectDefinition } from '@lawful/annotations';

/** Categories of data subjects (policy §1.2). */
export const SUBJECTS: SubjectDefinition[] = [
  { key: 'account_holder', name: 'Account holder', description: 'A person with an Aktok user account.' },
  { key: 'workspace_member', name: 'Workspace member', description: 'An account holder acting inside a workspace (owner, admin, member, viewer).' },
  { key: 'crm_contact', name: 'CRM contact', description: 'A person a workspace customer stores in its CRM.' },
  { key: 'email_correspondent', name: 'Email correspondent', description: 'A sender or recipient of synchronized or tracked emails.' },
  { key: 'website_visitor', name: 'Website visitor', description: 'A visitor of aktok.com or of a website built with Aktok, including live-chat visitors.' },
];
