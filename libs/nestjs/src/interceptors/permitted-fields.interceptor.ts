import { type EntityTarget, getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { type PolicyAbility, selectableFields } from '@lawful/policy';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { getMetadataArgsStorage } from 'typeorm';
import { LAWFUL_OPTIONS } from '../constants';
import { findLawfulContext } from '../context/lawful-context.util';
import type { LawfulModuleOptions } from '../module/lawful-module-options.types';

/** State of one response walk: the request's ability, visited objects, field decisions per subject type. */
interface Walk {
  ability: PolicyAbility;
  seen: WeakMap<object, unknown>;
  readable: Map<string, Map<string, boolean>>;
}

/** Subject type and always-kept properties (primary key) of an annotated class. */
interface EntityShape {
  subjectType: string;
  keep: ReadonlySet<string>;
}

/**
 * Second line of defence after `LawfulQuery`: on requests carrying a `LawfulContext`, walks the response
 * (arrays, plain objects, nested values, envelopes like `{ items: [...] }`) and, in every instance of an
 * annotated entity class (found by its constructor or a parent in the metadata storage), drops each own
 * property the ability does not permit for `read` (`selectableFields`; the TypeORM primary key is always
 * kept). Class instances that are not entities are walked too (a `Page<T>` wrapper), except values with
 * their own `toJSON` (Date, Buffer). Copy on write: changed objects are copied (same prototype), never
 * mutated; untouched subtrees are returned as they are. `LawfulModule` registers it globally (`APP_INTERCEPTOR`).
 *
 * Limits: only entity instances are recognised — a hand-built `{ email }`, a raw query row or an entity
 * already turned into a plain object (e.g. by an inner `ClassSerializerInterceptor`) passes unchanged: return
 * entity instances (e.g. from `LawfulQuery`) for the guarantee. Relations on an entity are not annotated
 * fields, so they are dropped too (fail closed).
 *
 * @example
 * // registered by LawfulModule; a handler returning `await repo.findOneBy({ id })` loses non-permitted fields
 */
@Injectable()
export class PermittedFieldsInterceptor implements NestInterceptor {
  private readonly storage: PrivacyMetadataStorage;
  private readonly shapes = new Map<EntityTarget, EntityShape | null>();
  /** Field decisions per ability (abilities are immutable and cached by the factory, so they carry over requests). */
  private readonly decisions = new WeakMap<PolicyAbility, Walk['readable']>();

  constructor(@Inject(LAWFUL_OPTIONS) options: LawfulModuleOptions) {
    this.storage = options.storage ?? getMetadataStorage();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const lawful = findLawfulContext(context.switchToHttp().getRequest<object>());
    if (lawful === undefined) return next.handle();
    const { ability } = lawful;
    let readable = this.decisions.get(ability);
    if (readable === undefined) this.decisions.set(ability, (readable = new Map()));
    return next.handle().pipe(map((body: unknown) => this.strip(body, { ability, seen: new WeakMap(), readable })));
  }

  /** `value` without non-permitted entity fields; copy on write: unchanged subtrees are returned as they are. */
  private strip(value: unknown, walk: Walk): unknown {
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    const known = walk.seen.get(value);
    if (known !== undefined) return known;
    walk.seen.set(value, value); // cycles end here
    const out = Array.isArray(value) ? this.stripArray(value, walk) : this.stripObject(value, walk);
    if (out !== value) walk.seen.set(value, out);
    return out;
  }

  /** The array, or a copy when an item changed. */
  private stripArray(value: readonly unknown[], walk: Walk): readonly unknown[] {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = this.strip(value[i], walk);
      if (out === undefined && item !== value[i]) out = value.slice(0, i);
      out?.push(item);
    }
    return out ?? value;
  }

  /** The object, or a copy (same prototype) without the non-permitted fields of an entity and with stripped values. */
  private stripObject(value: object, walk: Walk): object {
    const proto = Object.getPrototypeOf(value) as object | null;
    const shape = proto === null ? null : this.shapeOf(proto.constructor as EntityTarget);
    // Buffers and other values serialised by their own toJSON are left alone.
    if (shape === null && typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
    const decisions = shape === null ? undefined : this.decisionsOf(walk, shape);
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const keep = shape === null || decisions === undefined || this.readable(walk.ability, decisions, shape.subjectType, key);
      const original = source[key];
      const stripped = !keep || original === null || typeof original !== 'object' ? original : this.strip(original, walk);
      if (out === undefined && (!keep || stripped !== original)) {
        out = Object.create(proto) as Record<string, unknown>;
        for (let j = 0; j < i; j++) out[keys[j]] = source[keys[j]];
      }
      if (out !== undefined && keep) out[key] = stripped;
    }
    return out ?? value;
  }

  /** The walk's memo of field decisions for one entity shape, starting with its always-kept properties. */
  private decisionsOf(walk: Walk, shape: EntityShape): Map<string, boolean> {
    let decisions = walk.readable.get(shape.subjectType);
    if (decisions === undefined) {
      decisions = new Map([...shape.keep].map((key) => [key, true]));
      walk.readable.set(shape.subjectType, decisions);
    }
    return decisions;
  }

  /** Whether `ability` may read `field` of `subjectType` on every row (`selectableFields`), memoised in `decisions`. */
  private readable(ability: PolicyAbility, decisions: Map<string, boolean>, subjectType: string, field: string): boolean {
    let readable = decisions.get(field);
    if (readable === undefined) {
      readable = selectableFields(ability, 'read', subjectType, [field]).length === 1;
      decisions.set(field, readable);
    }
    return readable;
  }

  /** The shape of the nearest annotated class in the lineage of `target`, or `null` (cached per class). */
  private shapeOf(target: EntityTarget): EntityShape | null {
    const cached = this.shapes.get(target);
    if (cached !== undefined) return cached;
    const annotated = new Set(this.storage.entities());
    const lineage: EntityTarget[] = [];
    for (let cls: unknown = target; typeof cls === 'function' && cls !== Function.prototype; cls = Object.getPrototypeOf(cls)) lineage.push(cls as EntityTarget);
    const found = lineage.find((cls) => annotated.has(cls));
    const primary = getMetadataArgsStorage().columns.filter((c) => lineage.includes(c.target as EntityTarget) && c.options.primary === true);
    const shape = found === undefined ? null : { subjectType: found.name, keep: new Set(primary.map((c) => c.propertyName)) };
    this.shapes.set(target, shape);
    return shape;
  }
}
