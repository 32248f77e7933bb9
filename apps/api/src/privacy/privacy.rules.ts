import type { PolicyRuleConfig } from '@lawful/datamap';

/** Aktok's own privacy rules, checked by `npm run privacy:check` on top of the built-in ones. */
export const PRIVACY_RULES: PolicyRuleConfig[] = [
  {
    id: 'no-marketing-on-customer-data',
    description: 'Data workspaces store about their contacts and correspondents is never used for Aktok\'s marketing (policy §3.2, §5.4.3)',
    subjects: { matches: 'ANY', values: ['crm_contact', 'email_correspondent'] },
    purposes: { matches: 'ANY', values: ['marketing', 'analytics'] },
    fix: 'Remove the marketing/analytics purpose: the workspace customer controls this data.',
  },
  {
    id: 'no-content-in-ads',
    description: 'User content is never used for advertising (policy §3.2)',
    categories: { matches: 'ANY', values: ['user.content'] },
    purposes: { matches: 'ANY', values: ['marketing'] },
    fix: 'Remove the marketing purpose from user content.',
  },
  {
    id: 'credentials-stay-home',
    description: 'Passwords and session credentials go to no sub-processor',
    categories: { matches: 'ANY', values: ['user.authorization'] },
    purposes: { matches: 'NONE', values: ['security'] },
    fix: 'Credentials are processed for security only.',
  },
];
