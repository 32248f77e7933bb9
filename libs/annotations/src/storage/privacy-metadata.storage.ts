import type { AnnotationError } from '../errors/annotation.error';
import { SignificantEffectStore } from './significant-effect.store';
import { AnnotationValidationError } from '../errors/annotation-validation.error';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { UnknownSubjectError } from '../errors/unknown-subject.error';
import { PrivacyRegistry } from '../registry/privacy.registry';
import type {
  EntityMetadata,
  FieldMetadata,
  LinkMetadata,
  OwnershipMetadata,
  PersonalFieldMetadata,
} from '../types/metadata.types';
import type { EntityTarget, ProcessingRoleType } from '../types/vocabulary.types';
import { validateFieldReferences } from '../validation/field-references.validator';

type OwnEntityMetadata = Pick<EntityMetadata, 'subject' | 'processingRole' | 'workspaceKey' | 'declaredAt'>;

/**
 * Everything the decorators record, by class then property, plus the application's registries.
 * Reads walk parent classes (a subclass overrides its parent per property). One instance per process:
 * get it with `getMetadataStorage()`.
 *
 * @example
 * const storage = getMetadataStorage();
 * storage.fieldsOf(User).filter((f) => f.kind === 'personal').map((f) => f.property);
 */
export class PrivacyMetadataStorage {
  readonly registry = new PrivacyRegistry();
  /** `@SignificantEffect()` declarations (effect handlers gated by human review). */
  readonly effects = new SignificantEffectStore();
  private readonly fields = new Map<EntityTarget, Map<string, FieldMetadata>>();
  private readonly entityMeta = new Map<EntityTarget, OwnEntityMetadata>();
  private readonly owners = new Map<EntityTarget, OwnershipMetadata[]>();
  private readonly links = new Map<EntityTarget, LinkMetadata[]>();

  /** Records a field annotation; after `seal()`, its registry ids are checked at once. */
  addField(field: FieldMetadata): void {
    const own = this.fields.get(field.target) ?? new Map<string, FieldMetadata>();
    const existing = own.get(field.property);
    if (existing) {
      const both = existing.kind !== field.kind ? '@PersonalData and @NotPersonal are exclusive; keep one' : 'is annotated twice; keep one annotation';
      throw new InvalidAnnotationError(field.target.name, field.property, both);
    }
    if (field.kind === 'personal' && this.sealed) {
      const [first] = validateFieldReferences(field, field.subject, this.registry);
      if (first) throw first;
    }
    own.set(field.property, field);
    this.fields.set(field.target, own);
  }

  /** Records one entity-level setting; setting it twice on the same class is an error. */
  setEntity<K extends keyof OwnEntityMetadata>(target: EntityTarget, key: K, value: OwnEntityMetadata[K], decorator: string): void {
    const own = this.entityMeta.get(target) ?? {};
    if (own[key] !== undefined && key !== 'declaredAt') {
      throw new InvalidAnnotationError(target.name, undefined, `${decorator} is applied twice (or conflicts with another annotation); keep one`);
    }
    own[key] = value;
    this.entityMeta.set(target, own);
  }

  addOwner(owner: OwnershipMetadata): void {
    this.owners.set(owner.target, [...(this.owners.get(owner.target) ?? []), owner]);
  }

  /** Records a `@LinksTo` foreign key of a link entity. */
  addLink(link: LinkMetadata): void {
    this.links.set(link.target, [...(this.links.get(link.target) ?? []), link]);
  }

  /** `@LinksTo` foreign keys of a class and its parents. */
  linksOf(target: EntityTarget): LinkMetadata[] {
    return lineage(target).reverse().flatMap((cls) => this.links.get(cls) ?? []);
  }

  /** Classes carrying any privacy annotation (field or entity level), in registration order. */
  entities(): EntityTarget[] {
    return [...new Set([...this.fields.keys(), ...this.entityMeta.keys(), ...this.owners.keys(), ...this.links.keys()])];
  }

  /** Field annotations of a class and its parents; personal fields carry their resolved `subject`. */
  fieldsOf(target: EntityTarget): FieldMetadata[] {
    const merged = new Map<string, FieldMetadata>();
    for (const cls of lineage(target).reverse()) {
      for (const [property, field] of this.fields.get(cls) ?? []) merged.set(property, field);
    }
    const subject = this.entityOf(target).subject;
    return [...merged.values()].map((f) =>
      f.kind === 'personal' && f.subject === undefined && subject !== undefined ? { ...f, subject } : f,
    );
  }

  /** Personal fields only. */
  personalFieldsOf(target: EntityTarget): PersonalFieldMetadata[] {
    return this.fieldsOf(target).filter((f): f is PersonalFieldMetadata => f.kind === 'personal');
  }

  /** The annotation of one property, inherited or own. */
  fieldOf(target: EntityTarget, property: string): FieldMetadata | undefined {
    return this.fieldsOf(target).find((f) => f.property === property);
  }

  /** Entity-level annotations merged from the class and its parents (the nearest class wins). */
  entityOf(target: EntityTarget): EntityMetadata {
    const out: EntityMetadata = { target, owners: [] };
    for (const cls of lineage(target).reverse()) {
      const own = this.entityMeta.get(cls);
      if (own) Object.assign(out, Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)));
      out.owners.push(...(this.owners.get(cls) ?? []));
    }
    out.owners.push(...this.linkedOwners(target));
    out.target = target;
    return out;
  }

  /** Shared ownership edges of a linked entity, one per `@LinksTo` pointing to it: `id` matches the link's key. */
  private linkedOwners(target: EntityTarget): OwnershipMetadata[] {
    const lines = new Set(lineage(target));
    const out: OwnershipMetadata[] = [];
    for (const [link, list] of this.links) {
      for (const l of list.filter((x) => lines.has(x.linked()))) {
        out.push({ target, property: 'id', owner: () => link, ownerProperty: l.property, shared: true, ...(l.declaredAt ? { declaredAt: l.declaredAt } : {}) });
      }
    }
    return out;
  }

  /** Processing role of an entity, or `undefined` when none is declared. */
  roleOf(target: EntityTarget): ProcessingRoleType | undefined {
    return this.entityOf(target).processingRole;
  }

  /** Every annotation problem against the registries (empty when all ids resolve). */
  validate(): AnnotationError[] {
    const parents = new Set(this.entities().map((t) => Object.getPrototypeOf(t) as EntityTarget));
    const problems: AnnotationError[] = [];
    for (const target of this.entities()) {
      const leaf = !parents.has(target);
      const subject = this.entityOf(target).subject;
      const ownSubject = this.entityMeta.get(target)?.subject;
      if (ownSubject !== undefined && !this.registry.subjects.has(ownSubject)) {
        problems.push(new UnknownSubjectError(target.name, undefined, `@DataSubject("${ownSubject}") names an unregistered subject; register it with registry.subjects.register()`, { subject: ownSubject }));
      }
      for (const owner of this.owners.get(target) ?? []) {
        const to = owner.owner();
        if (typeof to !== 'function' || !this.entityMeta.has(to) && !this.fields.has(to)) {
          problems.push(new InvalidAnnotationError(target.name, owner.property, `@OwnedBy points to ${typeof to === 'function' ? to.name : String(to)}, which has no privacy annotations; annotate it (e.g. @DataSubject) or fix the target`));
        }
      }
      for (const link of this.links.get(target) ?? []) {
        const to = link.linked();
        if (typeof to !== 'function' || !this.entityMeta.has(to) && !this.fields.has(to)) {
          problems.push(new InvalidAnnotationError(target.name, link.property, `@LinksTo points to ${typeof to === 'function' ? to.name : String(to)}, which has no privacy annotations; annotate it or fix the target`));
        }
      }
      for (const field of this.fields.get(target)?.values() ?? []) {
        if (field.kind === 'personal') problems.push(...validateFieldReferences(field, field.subject ?? subject, this.registry));
      }
      if (!leaf) continue;
      for (const field of this.personalFieldsOf(target).filter((f) => f.subject === undefined)) {
        problems.push(new UnknownSubjectError(target.name, field.property, 'has no data subject; set "subject" on the field or @DataSubject() on the class'));
      }
    }
    problems.push(...this.effects.validate(this.registry));
    return problems;
  }

  /** Validates every annotation against the registries, then seals them; throws `AnnotationValidationError`. */
  seal(): void {
    const problems = this.validate();
    if (problems.length > 0) throw new AnnotationValidationError(problems);
    this.registry.seal();
  }

  get sealed(): boolean {
    return this.registry.sealed;
  }

  /** Forgets every annotation and registration (for tests). */
  clear(): void {
    this.fields.clear();
    this.entityMeta.clear();
    this.owners.clear();
    this.links.clear();
    this.effects.clear();
    this.registry.clear();
  }
}

/** The class, then its parents up to (excluding) `Object`/`Function.prototype`. */
function lineage(target: EntityTarget): EntityTarget[] {
  const out: EntityTarget[] = [];
  for (let cls: unknown = target; typeof cls === 'function' && cls !== Function.prototype; cls = Object.getPrototypeOf(cls)) {
    out.push(cls as EntityTarget);
  }
  return out;
}
