import { AuthSession } from './accounts/auth-session.entity';
import { User } from './accounts/user.entity';
import { AiConversation } from './ai/ai-conversation.entity';
import { AiMessage } from './ai/ai-message.entity';
import { ChatbotConfiguration } from './ai/chatbot-configuration.entity';
import { PaymentRecord } from './billing/payment-record.entity';
import { Subscription } from './billing/subscription.entity';
import { ConsentRecord } from './consent/consent-record.entity';
import { EnrichmentLookup } from './enrichment/enrichment-lookup.entity';
import { PushToken } from './notifications/push-token.entity';
import { AccountPrivacyRequestEvent } from './privacy/account-privacy-request-event.entity';
import { AccountErasureCertificate } from './privacy/account-erasure-certificate.entity';
import { AccountErasureRestriction } from './privacy/account-erasure-restriction.entity';
import { AccountPrivacyRequest } from './privacy/account-privacy-request.entity';
import { SupportRequest } from './support/support-request.entity';
import { AnalyticsEvent } from './telemetry/analytics-event.entity';
import { EmailTrackingEvent } from './telemetry/email-tracking-event.entity';
import { ErrorEvent } from './telemetry/error-event.entity';
import { ServerLog } from './telemetry/server-log.entity';
import { SessionRecording } from './telemetry/session-recording.entity';
import { BrandKit } from './website/brand-kit.entity';
import { WebsitePage } from './website/website-page.entity';
import { Membership } from './workspaces/membership.entity';
import { Workspace } from './workspaces/workspace.entity';
import { WorkspaceFieldRestriction } from './workspaces/workspace-field-restriction.entity';

/** Entities whose data the platform processes as controller (its own accounts, billing, security, analytics). */
export const CONTROLLER_ENTITIES = [
  User,
  AuthSession,
  Workspace,
  Membership,
  WorkspaceFieldRestriction,
  Subscription,
  PaymentRecord,
  SupportRequest,
  AiConversation,
  AiMessage,
  ChatbotConfiguration,
  EnrichmentLookup,
  WebsitePage,
  BrandKit,
  ConsentRecord,
  PushToken,
  ServerLog,
  AnalyticsEvent,
  SessionRecording,
  ErrorEvent,
  EmailTrackingEvent,
  AccountPrivacyRequest,
  AccountPrivacyRequestEvent,
  AccountErasureCertificate,
  AccountErasureRestriction,
];
