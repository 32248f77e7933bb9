import type { ThirdPartySourceDefinition } from '@lawful/annotations';

/** Third parties personal data is received from (policy §2.5). */
export const SOURCES: ThirdPartySourceDefinition[] = [
  { key: 'google_oauth', name: 'Google OAuth', dataReceived: 'Google profile: name, email address, avatar' },
  { key: 'sso_provider', name: 'SSO provider', dataReceived: 'Identity claims configured by the workspace administrator' },
  { key: 'quickemailverification', name: 'QuickEmailVerification', dataReceived: 'Email validity status' },
  { key: 'numverify', name: 'NumVerify', dataReceived: 'Phone number validity status' },
  { key: 'telnyx', name: 'Telnyx', dataReceived: 'Phone number validity status' },
];
