import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/**
 * Project-management routes of the reference API (tasks, purpose `service.projects`).
 *
 * @example
 * @Module({ imports: [ProjectsModule] }) class AppModule {}
 */
@Module({ controllers: [TasksController], providers: [TasksService] })
export class ProjectsModule {}
