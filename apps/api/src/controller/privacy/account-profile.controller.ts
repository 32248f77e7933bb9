import { type LawfulContext, LawfulCtx, LawfulQuery, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { User } from '../accounts/user.entity';
import { RectifyProfileDto } from './rectify-profile.dto';

/**
 * Controller side: an account holder reads and corrects their own account (policy §8.1(b); GDPR Art. 16). Goes
 * through `LawfulQuery` like every other write: the purpose picked with `X-Purpose` (`service.account` for name
 * and phone, `service.personalization` for the profile preferences) decides which fields may change — a field of
 * the other purpose answers 403 naming it —, the row is the caller's own, and the change is audited.
 */
@Controller('me/privacy/profile')
@Purpose('service.account', 'service.personalization')
export class AccountProfileController {
  private readonly users: LawfulQuery<User>;

  constructor(dataSource: DataSource) {
    this.users = new LawfulQuery(dataSource.getRepository(User));
  }

  /**
   * The caller's account fields of the purpose.
   *
   * @example
   * // GET /me/privacy/profile  (X-Purpose: service.personalization)
   */
  @Get()
  get(@LawfulCtx() ctx: LawfulContext): Promise<User> {
    return this.users.findOne(ctx, ctx.userId);
  }

  /**
   * Corrects the caller's account; answers the updated fields of the purpose.
   *
   * @example
   * // PATCH /me/privacy/profile { "timezone": "Europe/London" }  (X-Purpose: service.personalization)
   */
  @Patch()
  rectify(@LawfulCtx() ctx: LawfulContext, @Body() body: RectifyProfileDto): Promise<User> {
    return this.users.update(ctx, ctx.userId, body);
  }
}
