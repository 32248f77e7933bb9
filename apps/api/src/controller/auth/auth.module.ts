import { Module } from '@nestjs/common';
import { SubjectsModule } from '../../processor/subjects/subjects.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BearerAuthGuard } from './bearer-auth.guard';
import { LoginRateLimiter } from './login-rate.limiter';
import { WorkspaceContextResolver } from './workspace-context.resolver';

/** Login, logout, bearer tokens and the workspace context of requests. */
@Module({
  imports: [SubjectsModule],
  controllers: [AuthController],
  providers: [AuthService, LoginRateLimiter, BearerAuthGuard, WorkspaceContextResolver],
  exports: [AuthService, BearerAuthGuard, WorkspaceContextResolver],
})
export class AuthModule {}
