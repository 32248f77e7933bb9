import { Init1795622804423 } from './1795622804423-init.migration';

/** Schema migrations, oldest first; the same list runs on PostgreSQL and PGlite. */
export const MIGRATIONS = [Init1795622804423];
