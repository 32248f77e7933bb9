import type { SourceLocation } from '../types/metadata.types';

const FRAME = /\(?((?:[A-Za-z]:)?[^():]+\.[cm]?[jt]s):(\d+):\d+\)?$/;

/**
 * File and line of the first stack frame outside this library: where a decorator was written.
 * Best effort; `undefined` when the stack cannot be read.
 *
 * @example
 * const at = callerLocation(); // { file: '/repo/apps/api/src/crm/contact.entity.ts', line: 12 }
 */
export function callerLocation(): SourceLocation | undefined {
  const stack = new Error().stack?.split('\n').slice(1) ?? [];
  for (const frame of stack) {
    const match = FRAME.exec(frame.trim());
    if (!match) continue;
    const file = match[1].replace(/^file:\/\//, '');
    if (file.includes('node_modules') || file.startsWith('node:')) continue;
    if (/[\\/]libs[\\/]annotations[\\/]src[\\/]/.test(file) && !/\.spec\.ts$/.test(file)) continue;
    if (/[\\/]@lawful[\\/]annotations[\\/]/.test(file)) continue;
    return { file, line: Number(match[2]) };
  }
  return undefined;
}
