import { KEY_SEPARATOR } from '../constants';

/**
 * Parent of a dotted key, or `null` for a root key.
 *
 * @example
 * parentKey('user.contact.email'); // 'user.contact'
 */
export function parentKey(key: string): string | null {
  const at = key.lastIndexOf(KEY_SEPARATOR);
  return at === -1 ? null : key.slice(0, at);
}

/**
 * The key and all its ancestors, nearest first.
 *
 * @example
 * keyAndAncestors('service.crm'); // ['service.crm', 'service']
 */
export function keyAndAncestors(key: string): string[] {
  const out: string[] = [];
  for (let k: string | null = key; k !== null; k = parentKey(k)) out.push(k);
  return out;
}

/**
 * Whether `key` equals `ancestor` or lies below it in the tree.
 *
 * @example
 * isSameOrDescendant('service.crm', 'service'); // true
 */
export function isSameOrDescendant(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(ancestor + KEY_SEPARATOR);
}
