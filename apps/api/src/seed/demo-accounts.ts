import type { WorkspaceRole } from '../controller/workspaces/workspace-role';

/** Password of every demo account. Demo only: never use it for a real account. */
export const DEMO_PASSWORD = 'demo-password';

/** The demo users, their workspace and role. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; firstName: string; lastName: string; workspace: 'Demo' | 'Other'; role: WorkspaceRole }> = [
  { email: 'owner@demo.test', firstName: 'Olivia', lastName: 'Owner', workspace: 'Demo', role: 'owner' },
  { email: 'admin@demo.test', firstName: 'Adam', lastName: 'Admin', workspace: 'Demo', role: 'admin' },
  { email: 'member@demo.test', firstName: 'Mia', lastName: 'Member', workspace: 'Demo', role: 'member' },
  { email: 'viewer@demo.test', firstName: 'Victor', lastName: 'Viewer', workspace: 'Demo', role: 'viewer' },
  { email: 'owner@other.test', firstName: 'Omar', lastName: 'Other', workspace: 'Other', role: 'owner' },
];
