import { DataSubject, type EntityTarget, getMetadataStorage, OwnedBy } from '@lawful/annotations';
import fc from 'fast-check';
import { planErasure } from './erasure.planner';
import { OwnershipCycleError } from './ownership-cycle.error';

interface Edge { owner: number; shared: boolean }

/** Entity i (i ≥ 1) has edges to lower-numbered entities only (a DAG); entity 0 is the data subject. */
const model = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, k) => fc.array(fc.record({ owner: fc.nat({ max: k }), shared: fc.boolean() }), { maxLength: 2 }))),
);

function declare(edges: Edge[][]): EntityTarget[] {
  const classes: EntityTarget[] = [Object.defineProperty(class {}, 'name', { value: 'E0' })];
  DataSubject('subject')(classes[0]);
  edges.forEach((own, k) => {
    const cls = Object.defineProperty(class {}, 'name', { value: `E${k + 1}` });
    own.forEach((e, j) => OwnedBy(() => classes[e.owner], { shared: e.shared })(cls.prototype, `owner${j}`));
    classes.push(cls);
  });
  return classes;
}

/** Entities with an ownership chain to entity 0, computed independently of the planner. */
function reaching(edges: Edge[][]): Set<number> {
  const out = new Set([0]);
  edges.forEach((own, k) => {
    if (own.some((e) => out.has(e.owner))) out.add(k + 1);
  });
  return out;
}

describe('erasure plan properties', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());
  afterAll(() => storage.clear());

  it('lists every reaching entity exactly once, after all of its children, the subject last', () => {
    fc.assert(
      fc.property(model, (edges) => {
        storage.clear();
        const classes = declare(edges);
        const steps = planErasure(storage, classes[0]).steps;
        const position = new Map(steps.map((s, i) => [s.entity, i]));
        expect(steps).toHaveLength(position.size);
        expect([...position.keys()].map((c) => classes.indexOf(c)).sort((a, b) => a - b)).toEqual([...reaching(edges)].sort((a, b) => a - b));
        expect(steps.at(-1)?.entity).toBe(classes[0]);
        edges.forEach((own, k) => {
          for (const e of own.filter((x) => position.has(classes[x.owner]))) {
            expect(position.get(classes[k + 1])).toBeLessThan(position.get(classes[e.owner]) ?? -1);
          }
        });
        for (const step of steps) {
          for (const path of step.paths) {
            expect(path.hops.at(-1)?.owner ?? step.entity).toBe(classes[0]);
            expect(path.action).toBe(path.hops.some((h) => h.shared) ? 'anonymize' : 'delete');
          }
          expect(step.action).toBe(step.paths.every((p) => p.action === 'anonymize') ? 'anonymize' : 'delete');
        }
      }),
    );
  });

  it('rejects any cycle through the subject with OwnershipCycleError', () => {
    fc.assert(
      fc.property(model, fc.nat(), (edges, pick) => {
        storage.clear();
        const classes = declare(edges);
        const owned = [...reaching(edges)].filter((i) => i > 0);
        fc.pre(owned.length > 0);
        const back = classes[owned[pick % owned.length]];
        OwnedBy(() => back)(classes[0].prototype, 'loop');
        expect(() => planErasure(storage, classes[0])).toThrow(OwnershipCycleError);
      }),
    );
  });
});
