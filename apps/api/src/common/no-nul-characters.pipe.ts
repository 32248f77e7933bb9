import { type ArgumentMetadata, BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/**
 * Rejects request bodies, queries and path parameters holding a NUL character (`\u0000`) anywhere, with a 400
 * naming the properties. PostgreSQL text cannot store NUL: without this check such input would fail in the
 * database as a 500. Registered globally before the `ValidationPipe`.
 *
 * @example
 * providers: [{ provide: APP_PIPE, useClass: NoNulCharactersPipe }]
 */
@Injectable()
export class NoNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const paths = nulPaths(value, metadata.type === 'param' ? (metadata.data ?? 'param') : '');
    if (paths.length > 0) throw new BadRequestException(paths.map((path) => `${path || metadata.type} must not contain NUL characters (\\u0000)`));
    return value;
  }
}

/** Dotted paths of the strings (and keys) in `value` containing NUL. */
function nulPaths(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path === '' ? key : `${path}.${key}`;
    return key.includes('\u0000') ? [at.split('\u0000').join('\\u0000')] : nulPaths(item, at, seen);
  });
}
