import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import type { OwnershipHop } from './erasure-plan.types';
import { OwnershipCycleError } from './ownership-cycle.error';

/**
 * The `@OwnedBy` edges pointing into each entity, over concrete annotated classes (a class another annotated class
 * extends is a base, not a table, and is left out; its edges are inherited by the subclasses).
 *
 * @example
 * incomingEdges(storage).get(Contact); // [{ entity: Deal, property: 'contactId', owner: Contact, shared: false }]
 */
export function incomingEdges(storage: PrivacyMetadataStorage): Map<EntityTarget, OwnershipHop[]> {
  const all = storage.entities();
  const bases = new Set(all.map((t) => Object.getPrototypeOf(t) as EntityTarget));
  const incoming = new Map<EntityTarget, OwnershipHop[]>();
  for (const entity of all.filter((t) => !bases.has(t))) {
    for (const edge of storage.entityOf(entity).owners) {
      const owner = edge.owner();
      incoming.set(owner, [...(incoming.get(owner) ?? []), { entity, property: edge.property, owner, shared: edge.shared }]);
    }
  }
  return incoming;
}

/**
 * Every entity that reaches `root` through ownership edges, `root` last and each entity after all the entities
 * owned by it (children before parents). Ties keep registration order. Throws `OwnershipCycleError` on a cycle.
 *
 * @example
 * childrenFirst(incomingEdges(storage), Contact); // [ChatMessage, ChatThread, Deal, Contact]
 */
export function childrenFirst(incoming: Map<EntityTarget, OwnershipHop[]>, root: EntityTarget): EntityTarget[] {
  const order: EntityTarget[] = [];
  const done = new Set<EntityTarget>();
  const visit = (entity: EntityTarget, stack: EntityTarget[]): void => {
    if (done.has(entity)) return;
    const at = stack.indexOf(entity);
    if (at >= 0) throw new OwnershipCycleError([...stack.slice(at), entity].map((t) => t.name).reverse());
    for (const hop of incoming.get(entity) ?? []) visit(hop.entity, [...stack, entity]);
    done.add(entity);
    order.push(entity);
  };
  visit(root, []);
  return order;
}

/**
 * Every chain of ownership edges from `entity` to `root` (one empty chain when `entity` is `root`).
 * Call after `childrenFirst`, which rules out cycles.
 *
 * @example
 * pathsTo(storage, ChatMessage, Contact); // [[threadId → ChatThread, contactId → Contact], [senderContactId → Contact]]
 */
export function pathsTo(storage: PrivacyMetadataStorage, entity: EntityTarget, root: EntityTarget, reaches: Set<EntityTarget>): OwnershipHop[][] {
  if (entity === root) return [[]];
  const out: OwnershipHop[][] = [];
  for (const edge of storage.entityOf(entity).owners) {
    const owner = edge.owner();
    if (!reaches.has(owner)) continue;
    const hop: OwnershipHop = { entity, property: edge.property, owner, shared: edge.shared };
    for (const rest of pathsTo(storage, owner, root, reaches)) out.push([hop, ...rest]);
  }
  return out;
}
