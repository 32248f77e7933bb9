import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { User } from '../accounts/user.entity';
import { AiConversation } from '../ai/ai-conversation.entity';
import { AiMessage } from '../ai/ai-message.entity';
import { PaymentRecord } from '../billing/payment-record.entity';
import { ConsentRecord } from '../consent/consent-record.entity';
import { EnrichmentLookup } from '../enrichment/enrichment-lookup.entity';
import { PushToken } from '../notifications/push-token.entity';
import { SupportRequest } from '../support/support-request.entity';
import { AnalyticsEvent } from '../telemetry/analytics-event.entity';
import { ErrorEvent } from '../telemetry/error-event.entity';
import { ServerLog } from '../telemetry/server-log.entity';
import { SessionRecording } from '../telemetry/session-recording.entity';
import { Membership } from '../workspaces/membership.entity';
import { WorkspaceFieldRestriction } from '../workspaces/workspace-field-restriction.entity';

/**
 * An account holder whose identifiers were planted across Aktok's controller data, signed in.
 *
 * @example
 * const { id, token, identifiers } = await plantAccount(s.app, s.dataSource, s.demo);
 */
export interface PlantedAccount {
  id: string;
  token: string;
  /** Id, email, full, first and last name, phone number: what the no-trace scan looks for. */
  identifiers: string[];
  payments: string[];
  consent: string;
}

/**
 * Creates an account holder with unique identifiers (password `demo-password`), an admin of `workspaceId`, signs
 * them in and plants their identifiers where they naturally occur in controller data: sessions, an AI conversation,
 * a support request, a push token, an enrichment lookup, analytics, error, server-log and session-recording events,
 * a version of the workspace's field restrictions they made, two payment records (legal hold) and a consent record
 * (legal hold, IP address erasable).
 *
 * @example
 * const account = await plantAccount(s.app, s.dataSource, s.demo);
 */
export async function plantAccount(app: INestApplication, dataSource: DataSource, workspaceId: string): Promise<PlantedAccount> {
  const tag = randomBytes(4).toString('hex');
  const [firstName, lastName, email, phone] = [`Quinn${tag}`, `Quartz${tag}`, `quinn.${tag}@example.test`, `+1 902 555 ${parseInt(tag, 16) % 10_000}`];
  const { passwordHash } = await dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' });
  const id = String((await dataSource.getRepository(User).insert({ name: `${firstName} ${lastName}`, firstName, lastName, email, phone, passwordHash })).identifiers[0]?.['id']);
  await dataSource.getRepository(Membership).insert({ workspaceId, userId: id, role: 'admin' });
  const token = (await request(app.getHttpServer()).post('/auth/login').send({ email, password: 'demo-password' }).expect(200)).body.token as string;
  const insert = async <T extends ObjectLiteral>(entity: EntityTarget<T>, row: object): Promise<string> => String((await dataSource.getRepository(entity).insert(row as never)).identifiers[0]?.['id']);
  const conversation = await insert(AiConversation, { workspaceId, userId: id, title: `${firstName}'s pipeline` });
  await insert(AiMessage, { workspaceId, conversationId: conversation, role: 'user', content: `Draft an email signed ${firstName} ${lastName}, ${phone}` });
  await insert(SupportRequest, { userId: id, subject: `Help for ${email}`, message: `Call me at ${phone}` });
  await insert(PushToken, { userId: id, deviceToken: `device-${tag}`, platform: 'ios' });
  await insert(EnrichmentLookup, { workspaceId, userId: id, identifier: `${lastName} Industries`, identifierType: 'company', lookedUpAt: new Date() });
  await insert(AnalyticsEvent, { userId: id, visitorId: `visitor-${tag}`, eventName: 'page_view', page: `/profile/${firstName}`, occurredAt: new Date() });
  await insert(ErrorEvent, { userId: id, stackTrace: 'TypeError at profile.ts:1', errorContext: { email }, occurredAt: new Date() });
  await insert(ServerLog, { userId: id, requestedAt: new Date(), method: 'GET', endpoint: '/me', statusCode: 200, durationMs: 3 });
  await insert(SessionRecording, { userId: id, visitorId: `visitor-${tag}`, events: [{ type: 'input', value: email }], startedAt: new Date() });
  const [{ version }] = (await dataSource.query('SELECT coalesce(max(version), 0) + 1 AS version FROM workspace_field_restrictions WHERE workspace_id = $1', [workspaceId])) as { version: number }[];
  await insert(WorkspaceFieldRestriction, { workspaceId, version, hidden: {}, createdByUserId: id });
  const payment = (n: number) => ({ workspaceId, userId: id, amountCents: 4900, currency: 'CAD', paidAt: new Date(), cardToken: `tok_${tag}_${n}`, cardBrand: 'visa', cardLast4: '4242', billingStreet: `1 ${lastName} Street`, billingCity: 'Halifax', billingPostalCode: 'B3H 1A1', billingState: 'NS', billingCountry: 'CA', stripeChargeId: `ch_${tag}_${n}` });
  const payments = [await insert(PaymentRecord, payment(1)), await insert(PaymentRecord, payment(2))];
  const consent = await insert(ConsentRecord, { userId: id, anonymousVisitorId: `visitor-${tag}`, purpose: 'analytics', granted: true, recordedAt: new Date(), method: 'cookie_banner', policyVersion: '2026-01', ipAddress: '203.0.113.7' });
  return { id, token, identifiers: [id, email, `${firstName} ${lastName}`, firstName, lastName, phone], payments, consent };
}
