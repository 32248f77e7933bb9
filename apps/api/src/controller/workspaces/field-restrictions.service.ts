import { NO_RESTRICTIONS, type WorkspaceFieldRestrictions } from '@lawful/policy';
import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateHiddenFields } from './hidden-fields.validator';
import { isUniqueViolation } from './unique-violation.util';
import { WorkspaceFieldRestriction } from './workspace-field-restriction.entity';

/**
 * A workspace's field restrictions (policy §5.3), versioned and append-only: reading returns the highest version,
 * writing stores the next one. `WorkspaceContextResolver` loads the current version on every request.
 *
 * @example
 * await restrictions.replace(workspaceId, userId, { member: { Contact: ['phone'] } }); // { version: 1, hidden: … }
 */
@Injectable()
export class FieldRestrictionsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The current restrictions; version 0 with nothing hidden when none were ever set. */
  async current(workspaceId: string): Promise<WorkspaceFieldRestrictions> {
    const row = await this.dataSource.getRepository(WorkspaceFieldRestriction).findOne({ where: { workspaceId }, order: { version: 'DESC' } });
    return row === null ? { version: NO_RESTRICTIONS.version, hidden: {} } : { version: row.version, hidden: row.hidden };
  }

  /** Validates `input` (400 naming every problem) and stores it as the next version; 409 on a concurrent change. */
  async replace(workspaceId: string, userId: string, input: Record<string, unknown>): Promise<WorkspaceFieldRestrictions> {
    const { hidden, problems } = validateHiddenFields(input);
    if (problems.length > 0) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: problems });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(WorkspaceFieldRestriction);
        const latest = await repo.findOne({ select: { version: true }, where: { workspaceId }, order: { version: 'DESC' } });
        const version = (latest?.version ?? 0) + 1;
        await repo.insert({ workspaceId, version, hidden, createdByUserId: userId });
        return { version, hidden };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('The field restrictions changed concurrently; read them again and retry');
      throw error;
    }
  }
}
