/**
 * Workflow states of a task (the values of `Task.status`).
 *
 * @example
 * @IsIn(TASK_STATUSES) status?: string;
 */
export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const;
