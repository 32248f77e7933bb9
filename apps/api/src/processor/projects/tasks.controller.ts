import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import type { Page } from '../../common/pagination.util';
import { CreateTaskDto } from './create-task.dto';
import { ListTasksQuery } from './list-tasks.query';
import type { Task } from './task.entity';
import { TasksService } from './tasks.service';
import { UpdateTaskDto } from './update-task.dto';

/**
 * Tasks of a workspace's projects, for project management (policy §3.1).
 *
 * @example
 * // GET /workspaces/:workspaceId/tasks?status=todo
 */
@Controller('workspaces/:workspaceId/tasks')
@Purpose('service.projects')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /** A page of the workspace's tasks. */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListTasksQuery): Promise<Page<Task>> {
    return this.tasks.list(ctx, query);
  }

  /** One task; 404 when it is not in this workspace. */
  @Get(':id')
  get(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Task> {
    return this.tasks.get(ctx, id);
  }

  /** Creates a task in one of the workspace's projects. */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateTaskDto): Promise<Task> {
    return this.tasks.create(ctx, body);
  }

  /** Updates a task of the workspace. */
  @Patch(':id')
  update(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateTaskDto): Promise<Task> {
    return this.tasks.update(ctx, id, body);
  }

  /** Deletes a task of the workspace (owners and admins). */
  @Delete(':id')
  @HttpCode(204)
  remove(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.tasks.remove(ctx, id);
  }
}
