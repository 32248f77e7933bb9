import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import type { OwnershipHop } from '../erasure/erasure-plan.types';
import { OwnershipCycleError } from '../erasure/ownership-cycle.error';

/**
 * An ownership hop with the position of its edge among the entity's declared edges (paths follow declaration order).
 *
 * @example
 * const hop: OrderedHop = { entity: Deal, property: 'contactId', owner: Contact, ownerProperty: 'id', shared: false, order: 0 };
 */
export type OrderedHop = OwnershipHop & { order: number };

/**
 * The `@OwnedBy` (and `@LinksTo`) edges pointing into each entity, over concrete annotated classes (a class another
 * annotated class extends is a base, not a table, and is left out; its edges are inherited by the subclasses).
 * `include` keeps only the entities it accepts (e.g. one processing role).
 *
 * @example
 * incomingEdges(storage).get(Contact); // [{ entity: Deal, property: 'contactId', owner: Contact, ownerProperty: 'id', shared: false }]
 */
export function incomingEdges(storage: PrivacyMetadataStorage, include: (entity: EntityTarget) => boolean = () => true): Map<EntityTarget, OrderedHop[]> {
  const all = storage.entities();
  const bases = new Set(all.map((t) => Object.getPrototypeOf(t) as EntityTarget));
  const incoming = new Map<EntityTarget, OrderedHop[]>();
  for (const entity of all.filter((t) => !bases.has(t) && include(t))) {
    for (const [order, edge] of storage.entityOf(entity).owners.entries()) {
      const owner = edge.owner();
      if (!include(owner)) continue;
      const hop: OrderedHop = { entity, property: edge.property, owner, ownerProperty: edge.ownerProperty ?? 'id', shared: edge.shared, order };
      incoming.set(owner, [...(incoming.get(owner) ?? []), hop]);
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
export function childrenFirst(incoming: Map<EntityTarget, OrderedHop[]>, root: EntityTarget): EntityTarget[] {
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
 * Every chain of ownership edges from `entity` to `root` (one empty chain when `entity` is `root`), through the
 * edges of `incoming` between entities of `reaches` only. Call after `childrenFirst`, which rules out cycles there.
 *
 * @example
 * pathsTo(incoming, ChatMessage, Contact, new Set(childrenFirst(incoming, Contact))); // [[threadId → ChatThread, contactId → Contact], [senderContactId → Contact]]
 */
export function pathsTo(incoming: Map<EntityTarget, OrderedHop[]>, entity: EntityTarget, root: EntityTarget, reaches: Set<EntityTarget>): OwnershipHop[][] {
  if (entity === root) return [[]];
  const out: OwnershipHop[][] = [];
  const hops = [...incoming.values()].flat().filter((h) => h.entity === entity && reaches.has(h.owner));
  for (const hop of hops.sort((a, b) => a.order - b.order)) {
    for (const rest of pathsTo(incoming, hop.owner, root, reaches)) out.push([strip(hop), ...rest]);
  }
  return out;
}

function strip(hop: OrderedHop): OwnershipHop {
  const { order: _order, ...rest } = hop;
  return rest;
}
