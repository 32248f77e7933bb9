import { type EntityTarget, getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { type PolicyAbility, selectableFields } from '@lawful/policy';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { getMetadataArgsStorage } from 'typeorm';
import { LAWFUL_OPTIONS } from '../constants';
import { findLawfulContext } from '../context/lawful-context.util';
import type { LawfulModuleOptions } from '../module/lawful-module-options.types';

/** State of one response walk: the request's ability, visited objects, field decisions per `type\0field`. */
interface Walk {
  ability: PolicyAbility;
  seen: WeakMap<object, unknown>;
  readable: Map<string, boolean>;
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

  constructor(@Inject(LAWFUL_OPTIONS) options: LawfulModuleOptions) {
    this.storage = options.storage ?? getMetadataStorage();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const lawful = findLawfulContext(context.switchToHttp().getRequest<object>());
    if (lawful === undefined) return next.handle();
    return next.handle().pipe(map((body: unknown) => this.strip(body, { ability: lawful.ability, seen: new WeakMap(), readable: new Map() })));
  }

  /** `value` without non-permitted entity fields; copy on write: unchanged subtrees are returned as they are. */
  private strip(value: unknown, walk: Walk): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (walk.seen.has(value)) return walk.seen.get(value);
    walk.seen.set(value, value);
    if (Array.isArray(value)) {
      const items = value.map((item: unknown) => this.strip(item, walk));
      const out = items.some((item, i) => item !== value[i]) ? items : value;
      walk.seen.set(value, out);
      return out;
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    const shape = proto === null ? null : this.shapeOf(proto.constructor as EntityTarget);
    // Dates, Buffers and other values serialised by their own toJSON are left alone.
    if (shape === null && typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    const kept = shape === null ? keys : keys.filter((k) => shape.keep.has(k) || this.readable(walk, shape.subjectType, k));
    const entries = kept.map((k) => [k, this.strip(source[k], walk)] as const);
    if (kept.length === keys.length && entries.every(([k, v]) => v === source[k])) return value;
    const out = Object.create(proto) as Record<string, unknown>;
    for (const [k, v] of entries) out[k] = v;
    walk.seen.set(value, out);
    return out;
  }

  /** Whether `walk.ability` may read `field` of `subjectType` on every row (`selectableFields`), memoised per walk. */
  private readable(walk: Walk, subjectType: string, field: string): boolean {
    const id = `${subjectType}\u0000${field}`;
    let readable = walk.readable.get(id);
    if (readable === undefined) {
      readable = selectableFields(walk.ability, 'read', subjectType, [field]).length === 1;
      walk.readable.set(id, readable);
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
