import { retentionInWords } from './retention-words';

describe('retentionInWords', () => {
  it.each([
    ['P30D', 'account_closure', 'Duration of account + 30 days'],
    ['P30D', 'workspace_closure', 'Duration of workspace subscription + 30 days'],
    ['P7Y', 'last_transaction', '7 years after last transaction'],
    ['P26M', 'creation', '26 months'],
    ['P12M', 'creation', '12 months'],
    ['P90D', 'creation', '90 days'],
    ['P30D', 'primary_deletion', '30 days after deletion from primary systems'],
    ['P1Y', 'last_activity', '1 year after last activity'],
    ['P6M', 'consent_withdrawal', 'Until consent is withdrawn + 6 months'],
    ['P0D', 'account_closure', 'Duration of account'],
  ] as const)('%s after %s reads "%s"', (period, trigger, words) => {
    expect(retentionInWords({ period, trigger })).toBe(words);
  });
});
