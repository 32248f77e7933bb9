import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { compare } from 'bcryptjs';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuthSession } from '../accounts/auth-session.entity';
import { User } from '../accounts/user.entity';

const SESSION_TTL_MS = 12 * 60 * 60_000;
// A real bcrypt hash of a random string: wrong emails cost the same time as wrong passwords.
const DUMMY_HASH = '$2b$10$M7PsbeTfLaEphbnvsmRsceVskUYHi2grKe.EMMTaIEszbbLNxWFxi';

/** Hex sha256, used so tokens and rate-limit keys are never stored in clear. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** A signed-in account holder. */
export interface AuthenticatedUser {
  id: string;
  sessionId: string;
}

/**
 * Password login against bcrypt hashes, opaque bearer tokens (only their sha256 is stored), logout.
 *
 * @example
 * const token = await auth.login('owner@demo.test', 'demo-password', { ip: '127.0.0.1' });
 */
@Injectable()
export class AuthService {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns a new bearer token, or `null` when email or password is wrong (indistinguishably). */
  async login(email: string, password: string, client: { ip?: string; userAgent?: string }): Promise<{ token: string; expiresAt: Date } | null> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: email.trim().toLowerCase(), closedAt: IsNull() } });
    const ok = await compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) return null;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await this.dataSource.getRepository(AuthSession).insert({
      userId: user.id, tokenHash: sha256(token), ipAddress: client.ip ?? null, userAgent: client.userAgent?.slice(0, 500) ?? null,
      browser: null, operatingSystem: null, deviceType: null, expiresAt, revokedAt: null, lastSeenAt: new Date(),
    });
    return { token, expiresAt };
  }

  /** The user behind a live token, or `null`. */
  async verify(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.dataSource.getRepository(AuthSession).findOne({ where: { tokenHash: sha256(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) } });
    return session ? { id: session.userId, sessionId: session.id } : null;
  }

  /** Revokes the session; the token stops working at once. */
  async logout(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(AuthSession).update({ id: sessionId }, { revokedAt: new Date() });
  }
}
