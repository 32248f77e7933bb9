import type { SubjectStateFilter } from '@lawful/policy';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectStateQuery, type SubjectStateRow } from './subject-state.query';

/**
 * Subject state of CRM contacts as policy filters: which contacts (and rows about them) a request purpose
 * may not process because of a missing consent, an objection or a restriction of processing. One SQL query
 * per call; no cache, so a change is effective on the next request.
 *
 * @example
 * const filters = await subjectState.filtersFor(workspaceId, 'service.communications.campaigns');
 * abilities.build({ ...identity, purpose, restrictions, subjectState: filters });
 */
@Injectable()
export class SubjectStateService {
  readonly query = new SubjectStateQuery();

  constructor(private readonly dataSource: DataSource) {}

  /** Filters for every entity about a contact of `workspaceId` under `purpose` (a registered purpose key). */
  async filtersFor(workspaceId: string, purpose: string): Promise<SubjectStateFilter[]> {
    const plan = this.query.plan(purpose);
    const params: unknown[] = [workspaceId];
    const columns = this.query.columns(plan, '$1::uuid', (value) => `$${params.push(value)}`);
    if (columns.length === 0) return [];
    const [row] = (await this.dataSource.query(`SELECT ${columns.join(', ')}`, params)) as SubjectStateRow[];
    return this.query.filters(plan, row);
  }
}
