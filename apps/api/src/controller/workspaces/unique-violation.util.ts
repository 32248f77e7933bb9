import { QueryFailedError } from 'typeorm';

/**
 * Whether `error` is a PostgreSQL unique violation (SQLSTATE 23505), on `pg` and on PGlite.
 *
 * @example
 * try { await repo.insert(row); } catch (error) { if (isUniqueViolation(error)) throw new ConflictException('Slug taken'); throw error; }
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown } | undefined;
  return driverError?.code === '23505' || (error as { code?: unknown }).code === '23505';
}
