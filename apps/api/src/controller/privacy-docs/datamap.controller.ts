import { BadRequestException, Controller, ForbiddenException, Get, Header, Query, Req, UseGuards } from '@nestjs/common';
import { getMetadataStorage } from '@lawful/annotations';
import { WithoutPurpose } from '@lawful/nestjs';
import { buildDataMap, type DataMap, renderHtml, typeormSchemaMapping } from '@lawful/datamap';
import { DataSource, In } from 'typeorm';
import { ENTITIES } from '../../entities';
import { type AuthenticatedRequest, BearerAuthGuard } from '../auth/bearer-auth.guard';
import { Membership } from '../workspaces/membership.entity';

/** The platform's field-level data map, for workspace owners and admins. */
@Controller('privacy')
@UseGuards(BearerAuthGuard)
export class DataMapController {
  private rendered?: Promise<{ map: DataMap; html: string }>;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The data map as one offline HTML page (`?format=json` for the canonical JSON). 403 unless the caller is owner
   * or admin of a workspace.
   *
   * @example
   * // curl -H "Authorization: Bearer $TOKEN" localhost:3000/privacy/datamap > datamap.html
   */
  @Get('datamap')
  @WithoutPurpose('answers privacy metadata (no personal data); authorizes the caller by reading only their own membership roles, an account-level check outside any one workspace')
  @Header('Cache-Control', 'no-store')
  async datamap(@Req() request: AuthenticatedRequest, @Query('format') format?: string): Promise<string | DataMap> {
    const admin = await this.dataSource.getRepository(Membership).exists({ where: { userId: request.user.id, role: In(['owner', 'admin']) } });
    if (!admin) throw new ForbiddenException('Only workspace owners and admins may read the data map');
    if (format !== undefined && format !== 'html' && format !== 'json') throw new BadRequestException('format must be html or json');
    // Built and rendered once per process (the annotations cannot change at runtime); a failure is not cached.
    this.rendered ??= typeormSchemaMapping(this.dataSource)
      .then((mapping) => buildDataMap({ storage: getMetadataStorage(), entities: ENTITIES, mapping }))
      .then((map) => ({ map, html: renderHtml(map) }))
      .catch((error: unknown) => {
        this.rendered = undefined;
        throw error;
      });
    const { map, html } = await this.rendered;
    if (format === 'json') return map;
    request.res?.type('html');
    return html;
  }
}
