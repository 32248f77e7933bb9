import { User } from './accounts/user.entity';

/** Entities whose data the platform processes as controller (its own accounts, billing, security, analytics). */
export const CONTROLLER_ENTITIES = [User];
