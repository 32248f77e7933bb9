import type { RetentionClassDefinition } from '@lawful/annotations';

/** Retention classes (policy §7.2). */
export const RETENTION_CLASSES: RetentionClassDefinition[] = [
  { key: 'account', name: 'Account data', period: 'P30D', trigger: 'account_closure', rationale: 'Service delivery and account retrieval window.' },
  { key: 'workspace_data', name: 'CRM and project management data', period: 'P30D', trigger: 'workspace_closure', rationale: 'Service delivery and data retrieval window.' },
  { key: 'communication_logs', name: 'Communication logs', period: 'P30D', trigger: 'workspace_closure', rationale: 'Service delivery.' },
  { key: 'payment_records', name: 'Payment records', period: 'P7Y', trigger: 'last_transaction', rationale: 'Tax and legal obligations.' },
  { key: 'server_logs', name: 'Server logs', period: 'P90D', trigger: 'creation', rationale: 'Security monitoring and debugging.' },
  { key: 'analytics', name: 'Analytics data', period: 'P26M', trigger: 'creation', rationale: 'Industry standard for analytics retention.' },
  { key: 'error_tracking', name: 'Error tracking data', period: 'P90D', trigger: 'creation', rationale: 'Debugging and reliability.' },
  { key: 'email_tracking', name: 'Email tracking data', period: 'P12M', trigger: 'creation', rationale: 'Campaign performance analysis.' },
  { key: 'backups', name: 'Backup data', period: 'P30D', trigger: 'primary_deletion', rationale: 'Disaster recovery.' },
];
