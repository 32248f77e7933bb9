import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { User } from '../controller/accounts/user.entity';
import { seedDemoData } from './demo.seed';

/** Loads the demo data set into an empty database. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Seeds the deterministic demo data when no user exists yet; returns whether it seeded.
   *
   * @example
   * await app.get(SeedService).seedIfEmpty();
   */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(User).count()) > 0) return false;
    const counts = await seedDemoData(this.dataSource);
    this.logger.log(`Seeded demo data: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    return true;
  }
}
