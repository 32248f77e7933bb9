import { randomUUID } from 'node:crypto';
import { getMetadataStorage, keyAndAncestors } from '@lawful/annotations';
import { type AccessAuditRecordInput, type DecisionProposal, ReviewGate } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { subjectStatePlan } from '../../subjects/subject-state.plan';
import { classifyIntent, type IntentClassification } from './intent.classifier';
import { type Intent, INTENT_MODEL, INTENTS } from './intent.model';
import { pendingInboundMessages, routingFacts, writeIntents } from './intent-run.queries';
import { routeAssignee } from './intent-routing.rules';

/** The purpose intent classification and routing run under. */
export const INTENT_ROUTING_PURPOSE = 'ai.intent_routing';
/** The significant effect routing proposes (declared by `RouteChatThreadEffect`). */
export const ROUTE_EFFECT = 'chat_thread.route';
const DECISION_FIELDS = ['effect', 'explanation', 'inputs', 'modelVersion', 'params', 'purpose', 'score', 'subjectId', 'targetId'];
const AUDIT_CHUNK = 1000;

/**
 * What a classification run did: messages classified (per intent), contacts skipped (each counted once, a restricted
 * contact as restricted), and routing decisions proposed for human review (none is applied by the run).
 *
 * @example
 * // { modelVersion: 'intent-kw-1', runId, classified: 100, intents: { billing: 21, ... }, skipped: { objected: 1, restricted: 0 }, proposals: 31 }
 */
export interface IntentRunSummary {
  modelVersion: string;
  runId: string;
  classified: number;
  intents: Record<Intent, number>;
  skipped: { objected: number; restricted: number };
  proposals: number;
}

/**
 * Intent classification and routing of a workspace's inbound chat messages (policy §5.4.2(c), `ai.intent_routing`):
 * classifies every unclassified message a contact sent in their thread with the fixed keyword model and writes its
 * intent (no significant effect); then, per thread, proposes `chat_thread.route` through the review gate when the
 * latest classified message calls for another assignee (the gate skips a thread with an open routing decision). Contacts
 * restricted or objecting to the purpose or a parent are skipped (bodies unread). One transaction per run,
 * serialised per workspace by an advisory lock.
 *
 * @example
 * const summary = await routing.run(workspaceId, actorUserId, ctx.audit);
 */
@Injectable()
export class IntentRoutingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: ReviewGate,
  ) {}

  async run(workspaceId: string, actorUserId: string, audit?: (entry: AccessAuditRecordInput) => void | Promise<void>): Promise<IntentRunSummary> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`intent_routing:${workspaceId}`]);
      const plan = subjectStatePlan(INTENT_ROUTING_PURPOSE, getMetadataStorage().registry);
      const pending = await pendingInboundMessages(manager, workspaceId, keyAndAncestors(INTENT_ROUTING_PURPOSE), plan.restriction);
      const restricted = new Set(pending.filter((m) => m.restricted).map((m) => m.contactId));
      const objected = new Set(pending.filter((m) => m.objected && !m.restricted).map((m) => m.contactId));
      const eligible = pending.filter((m) => !m.restricted && !m.objected);
      const classified = eligible.map((m) => ({ message: m, result: classifyIntent(m.body ?? '') }));
      const written = await writeIntents(manager, workspaceId, classified.map((c) => ({ id: c.message.id, intent: c.result.intent })));

      const latest = new Map<string, (typeof classified)[number]>(); // per thread, its latest message with a routable intent
      for (const c of classified) if (c.result.intent !== 'other') latest.set(c.message.threadId, c);
      const facts = await routingFacts(manager, workspaceId, [...latest.keys()]);
      const runId = randomUUID();
      const proposals: DecisionProposal[] = [];
      for (const thread of facts.threads) {
        const c = latest.get(thread.id);
        if (c === undefined) continue;
        const assignee = routeAssignee(c.result.intent, { ...facts, contactOwnerId: thread.contactOwnerId, lastReplierId: thread.lastReplierId });
        if (assignee === null || assignee === thread.assignedUserId) continue;
        proposals.push({
          workspaceId, purpose: INTENT_ROUTING_PURPOSE, effect: ROUTE_EFFECT, subjectId: thread.contactId, targetId: thread.id,
          params: { assigneeUserId: assignee }, score: c.result.probability, explanation: c.result.explanation,
          inputs: inputsOf(c.message.id, c.result), modelVersion: INTENT_MODEL.version, triggeredBy: actorUserId, runId,
        });
      }
      // The gate skips a thread that already has an open routing decision.
      const proposed = await this.gate.propose(manager, proposals);
      const created = proposals.filter((_, i) => proposed[i] !== null);
      const ids = proposed.filter((id): id is string => id !== null);

      if (audit) {
        const subjects = (rows: { contactId: string }[]) => [...new Set(rows.map((r) => r.contactId))];
        for (let i = 0; i < eligible.length; i += AUDIT_CHUNK) {
          const chunk = eligible.slice(i, i + AUDIT_CHUNK);
          await audit({ entity: 'ChatMessage', action: 'read', recordIds: chunk.map((m) => m.id), subjectIds: subjects(chunk), fields: ['body', 'senderContactId', 'threadId'] });
          await audit({ entity: 'ChatMessage', action: 'update', recordIds: chunk.map((m) => m.id), subjectIds: subjects(chunk), fields: ['intent'] });
        }
        for (let i = 0; i < created.length; i += AUDIT_CHUNK) {
          const chunk = created.slice(i, i + AUDIT_CHUNK);
          await audit({ entity: 'AutomatedDecision', action: 'create', recordIds: ids.slice(i, i + AUDIT_CHUNK), subjectIds: [...new Set(chunk.map((p) => p.subjectId))], fields: DECISION_FIELDS });
        }
      }
      const intents = Object.fromEntries(INTENTS.map((i) => [i, classified.filter((c) => c.result.intent === i).length])) as Record<Intent, number>;
      return { modelVersion: INTENT_MODEL.version, runId, classified: written, intents, skipped: { objected: objected.size, restricted: restricted.size }, proposals: ids.length };
    });
  }
}

/** What the reviewer sees as the proposal's inputs: the message, its intent and the model's terms found in it. */
function inputsOf(messageId: string, result: IntentClassification): Record<string, unknown> {
  return { messageId, intent: result.intent, probability: result.probability, matchedTerms: result.matchedTerms, scores: result.scores };
}
