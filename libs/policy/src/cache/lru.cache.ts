interface Node<V> {
  path: readonly [string, string, string, string];
  value: V;
  newer: Node<V> | null;
  older: Node<V> | null;
}

type Level<V> = Map<string, Level<V> | Node<V>>;

/**
 * A bounded least-recently-used cache keyed by up to four string parts (e.g. role, purpose, entity, hidden
 * fields). Parts index nested maps, so a hit concatenates and hashes no composite string, and recency is a
 * doubly-linked list, so a hit only relinks two pointers. Beyond `capacity` the least recently used entry is
 * evicted. A capacity of 0 caches nothing (benchmarks use it for the uncached path).
 *
 * @example
 * const cache = new LruCache<readonly string[]>(1000);
 * cache.set(['viewer', 'service.crm', 'Contact', ''], ['id', 'name']);
 * cache.get('viewer', 'service.crm', 'Contact', ''); // ['id', 'name']
 */
export class LruCache<V> {
  private readonly root: Level<V> = new Map();
  private newest: Node<V> | null = null;
  private oldest: Node<V> | null = null;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`LRU capacity must be a non-negative integer, got ${capacity}`);
  }

  get(a: string, b = '', c = '', d = ''): V | undefined {
    const node = (((this.root.get(a) as Level<V> | undefined)?.get(b) as Level<V> | undefined)?.get(c) as Level<V> | undefined)?.get(d) as Node<V> | undefined;
    if (node === undefined) return undefined;
    if (node !== this.newest) {
      this.unlink(node);
      this.pushNewest(node);
    }
    return node.value;
  }

  set(path: readonly [string, string?, string?, string?], value: V): void {
    if (this.capacity === 0) return;
    const full: [string, string, string, string] = [path[0], path[1] ?? '', path[2] ?? '', path[3] ?? ''];
    let level = this.root;
    for (const part of full.slice(0, 3)) {
      let next = level.get(part) as Level<V> | undefined;
      if (next === undefined) level.set(part, (next = new Map()));
      level = next;
    }
    const existing = level.get(full[3]) as Node<V> | undefined;
    if (existing !== undefined) {
      existing.value = value;
      this.get(...full);
      return;
    }
    const node: Node<V> = { path: full, value, newer: null, older: null };
    level.set(full[3], node);
    this.pushNewest(node);
    if (++this.count > this.capacity && this.oldest !== null) this.evict(this.oldest);
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.root.clear();
    this.newest = this.oldest = null;
    this.count = 0;
  }

  private evict(node: Node<V>): void {
    this.unlink(node);
    this.count--;
    const levels: Level<V>[] = [this.root];
    for (const part of node.path.slice(0, 3)) levels.push(levels[levels.length - 1].get(part) as Level<V>);
    for (let i = 3; i >= 0; i--) {
      levels[i].delete(node.path[i]);
      if (levels[i].size > 0) break;
    }
  }

  private unlink(node: Node<V>): void {
    if (node.newer) node.newer.older = node.older;
    else this.newest = node.older;
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    node.newer = node.older = null;
  }

  private pushNewest(node: Node<V>): void {
    node.older = this.newest;
    if (this.newest) this.newest.newer = node;
    this.newest = node;
    if (this.oldest === null) this.oldest = node;
  }
}
