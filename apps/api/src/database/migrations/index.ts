/** Schema migrations, oldest first; the same list runs on PostgreSQL and PGlite. */
export const MIGRATIONS = [];
