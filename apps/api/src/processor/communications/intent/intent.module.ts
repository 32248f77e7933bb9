import { getMetadataStorage } from '@lawful/annotations';
import { Module, type OnModuleInit } from '@nestjs/common';
import { featureSourceProblems } from '../../scoring/feature-sources.check';
import { IntentController } from './intent.controller';
import { INTENT_ROUTING_PURPOSE, IntentRoutingService } from './intent-routing.service';

/**
 * The fields intent classification reads and writes; each must be annotated for `ai.intent_routing` and none may be
 * special-category data (checked at start-up).
 *
 * @example
 * INTENT_SOURCE_FIELDS.map((f) => `${f.entity}.${f.property}`); // ['ChatMessage.body', 'ChatMessage.intent']
 */
export const INTENT_SOURCE_FIELDS = [
  { entity: 'ChatMessage', property: 'body' },
  { entity: 'ChatMessage', property: 'intent' },
] as const;

/**
 * Intent classification and routing: the run route and `IntentRoutingService` (the `chat_thread.route` effect
 * handler lives with the other gated effects in `DecisionsModule`). Refuses to start when a field it reads or writes
 * is not annotated for `ai.intent_routing` or is special-category data.
 *
 * @example
 * @Module({ imports: [IntentModule] }) class AppModule {}
 */
@Module({
  controllers: [IntentController],
  providers: [IntentRoutingService],
})
export class IntentModule implements OnModuleInit {
  onModuleInit(): void {
    const problems = featureSourceProblems([{ key: 'intent', sourceFields: INTENT_SOURCE_FIELDS }], getMetadataStorage(), INTENT_ROUTING_PURPOSE);
    if (problems.length > 0) throw new Error(`Intent classification reads or writes fields it may not:\n  ${problems.join('\n  ')}`);
  }
}
