import { KEY_PATTERN } from '../constants';
import { RegistrationError } from '../errors/registration.error';
import { parentKey } from '../utils/dotted-key.util';

/** Turns a definition into the stored item, throwing `RegistrationError` when it is invalid. */
export type Normalizer<TDef extends { key: string }, T extends { key: string }> = (definition: TDef, registry: KeyedRegistry<TDef, T>) => T;

/**
 * A registry of items keyed by dotted snake_case keys. Optionally hierarchical: a key's parent
 * (`service` for `service.crm`) must be registered first. Sealed registries reject new entries.
 *
 * @example
 * const subjects = new KeyedRegistry<SubjectDefinition, SubjectDefinition>('subject', (d) => d);
 * subjects.register({ key: 'crm_contact', name: 'CRM contact' });
 */
export class KeyedRegistry<TDef extends { key: string }, T extends { key: string }> {
  private readonly items = new Map<string, T>();
  private sealedFlag = false;

  constructor(
    /** Human name used in error messages (`purpose`, `recipient`, ...). */
    readonly kind: string,
    private readonly normalize: Normalizer<TDef, T>,
    private readonly hierarchical = false,
  ) {}

  /** Registers definitions in order; throws `RegistrationError` on the first invalid one. */
  register(...definitions: TDef[]): this {
    for (const definition of definitions) {
      const key = (definition as { key?: unknown })?.key;
      if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
        throw new RegistrationError(this.kind, String(key), 'key must be dotted snake_case, e.g. "service.crm"');
      }
      if (this.sealedFlag) {
        throw new RegistrationError(this.kind, key, 'registries are sealed; register everything before seal()');
      }
      if (this.items.has(key)) throw new RegistrationError(this.kind, key, 'is already registered');
      const parent = parentKey(key);
      if (this.hierarchical && parent !== null && !this.items.has(parent)) {
        throw new RegistrationError(this.kind, key, `parent "${parent}" must be registered first`);
      }
      this.items.set(key, this.normalize(definition, this));
    }
    return this;
  }

  get(key: string): T | undefined {
    return this.items.get(key);
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  all(): T[] {
    return [...this.items.values()];
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  /** Registered keys whose parent is `key`. */
  childrenOf(key: string): T[] {
    return this.all().filter((item) => parentKey(item.key) === key);
  }

  get sealed(): boolean {
    return this.sealedFlag;
  }

  seal(): void {
    this.sealedFlag = true;
  }

  /** Removes every entry and unseals (for tests). */
  clear(): void {
    this.items.clear();
    this.sealedFlag = false;
  }
}
