import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { definedFilters, findPage, type Page } from '../../common/pagination.util';
import { Membership } from '../../controller/workspaces/membership.entity';
import { Contact } from '../crm/contact.entity';
import { LawfulCrudService } from '../crm/lawful-crud.service';
import { assertRowVisible, assertWorkspaceMember } from '../crm/linked-rows.util';
import type { ListTasksQuery } from './list-tasks.query';
import { Project } from './project.entity';
import { Task } from './task.entity';

/**
 * A workspace's tasks through `LawfulQuery` (purpose `service.projects`); project, contact and assignee must be
 * the workspace's own.
 *
 * @example
 * const mine = await tasks.list(ctx, { page: 1, pageSize: 25, assigneeUserId: ctx.userId, status: 'todo' });
 */
@Injectable()
export class TasksService extends LawfulCrudService<Task> {
  private readonly projects: LawfulQuery<Project>;
  private readonly contacts: LawfulQuery<Contact>;
  private readonly memberships: LawfulQuery<Membership>;

  constructor(dataSource: DataSource) {
    super(new LawfulQuery(dataSource.getRepository(Task)));
    this.projects = new LawfulQuery(dataSource.getRepository(Project));
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
    this.memberships = new LawfulQuery(dataSource.getRepository(Membership));
  }

  /** A page of tasks, soonest due first (undated last), filtered by status, project, assignee and contact. */
  list(ctx: LawfulContext, query: ListTasksQuery): Promise<Page<Task>> {
    const where = definedFilters(query, ['status', 'projectId', 'assigneeUserId', 'contactId']);
    return findPage(this.rows, ctx, query, { where, defaultOrderBy: { dueAt: 'ASC', id: 'ASC' } });
  }

  protected override async assertLinks(ctx: LawfulContext, values: Partial<Task>): Promise<void> {
    await assertRowVisible(ctx, this.projects, values.projectId);
    await assertRowVisible(ctx, this.contacts, values.contactId);
    await assertWorkspaceMember(ctx, this.memberships, values.assigneeUserId);
  }
}
