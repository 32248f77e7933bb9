import { PartialType } from '@nestjs/swagger';
import { CreateTaskDto } from './create-task.dto';

/**
 * Body of `PATCH /workspaces/:workspaceId/tasks/:id`: the create body with every property optional; `null`
 * clears a nullable property and is rejected for the others.
 *
 * @example
 * // PATCH { "status": "done", "completedAt": "2026-11-25T10:00:00Z" }
 */
export class UpdateTaskDto extends PartialType(CreateTaskDto, { skipNullProperties: false }) {}
