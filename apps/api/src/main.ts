import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi/openapi.setup';
import { SeedService } from './seed/seed.service';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot(), { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  setupOpenApi(app);
  if (process.env['SEED_DEMO_DATA'] !== 'false') await app.get(SeedService).seedIfEmpty();
  const port = Number(process.env['PORT'] ?? 3000);
  await app.listen(port);
  Logger.log(`Reference API listening on http://localhost:${port} (GET /health; API docs at /docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  // Start-up errors (bad annotations, unreachable database) carry no personal data.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
