import type { RetentionTrigger } from '@lawful/annotations';
import type { DataMapRetention } from '../model/data-map.types';
import { describeIsoDuration } from './html/iso-duration.util';

const ZERO = /^P(?:T?0[YMWDHS])+$/;

const PHRASES: Readonly<Record<RetentionTrigger, (d: string) => string>> = {
  creation: (d) => d,
  last_activity: (d) => `${d} after last activity`,
  account_closure: (d) => `Duration of account + ${d}`,
  workspace_closure: (d) => `Duration of workspace subscription + ${d}`,
  last_transaction: (d) => `${d} after last transaction`,
  primary_deletion: (d) => `${d} after deletion from primary systems`,
  consent_withdrawal: (d) => `Until consent is withdrawn + ${d}`,
};

const UNTIL: Readonly<Record<RetentionTrigger, string>> = {
  creation: 'Not kept',
  last_activity: 'Until last activity',
  account_closure: 'Duration of account',
  workspace_closure: 'Duration of workspace subscription',
  last_transaction: 'Until last transaction',
  primary_deletion: 'Until deletion from primary systems',
  consent_withdrawal: 'Until consent is withdrawn',
};

/**
 * A retention class's period in words, as a privacy policy's retention table words it.
 *
 * @example
 * retentionInWords({ period: 'P30D', trigger: 'account_closure' }); // 'Duration of account + 30 days'
 * retentionInWords({ period: 'P7Y', trigger: 'last_transaction' }); // '7 years after last transaction'
 * retentionInWords({ period: 'P26M', trigger: 'creation' }); // '26 months'
 */
export function retentionInWords(retention: Pick<DataMapRetention, 'period' | 'trigger'>): string {
  if (ZERO.test(retention.period)) return UNTIL[retention.trigger];
  return PHRASES[retention.trigger](describeIsoDuration(retention.period));
}
