import { IsDefined, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../crm/optional-not-null.decorator';
import { TASK_STATUSES } from './task-status.constants';

/**
 * Body of `POST /workspaces/:workspaceId/tasks` (`projectId` and `title` required). Validates shape only: which
 * fields the caller may write is the policy's (403 naming them); project, contact and assignee must be the
 * workspace's own (404).
 *
 * @example
 * // POST { "projectId": "…", "title": "Send the proposal", "contactId": "…", "dueAt": "2026-12-01T09:00:00Z" }
 */
export class CreateTaskDto {
  @IsDefined() @IsUUID()
  projectId!: string;

  @IsDefined() @IsString() @IsNotEmpty() @MaxLength(500)
  title!: string;

  @IsOptional() @IsString() @MaxLength(20_000)
  description?: string | null;

  @IsOptional() @IsUUID()
  assigneeUserId?: string | null;

  @IsOptional() @IsUUID()
  contactId?: string | null;

  @IsOptional() @IsISO8601({ strict: true })
  dueAt?: string | null;

  @OptionalNotNull() @IsIn(TASK_STATUSES)
  status?: string;

  @IsOptional() @IsISO8601({ strict: true })
  completedAt?: string | null;
}
