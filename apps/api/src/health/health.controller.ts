import { WithoutPurpose } from '@lawful/nestjs';
import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Liveness and database readiness. */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `{ status: 'ok', database, migrations }` when the database answers.
   *
   * @example
   * // curl localhost:3000/health → {"status":"ok","database":"pglite","migrations":1}
   */
  @Get()
  @WithoutPurpose('counts applied migrations; reads no personal data')
  async check(): Promise<{ status: 'ok'; database: 'pglite' | 'postgres'; migrations: number }> {
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM migrations');
    const embedded = 'driver' in this.dataSource.options && this.dataSource.options.driver !== undefined;
    return { status: 'ok', database: embedded ? 'pglite' : 'postgres', migrations: Number(count) };
  }
}
