import { Module } from '@nestjs/common';
import { SubjectRightsService } from './subject-rights.service';
import { SubjectStateService } from './subject-state.service';
import { SubjectsController } from './subjects.controller';

/**
 * CRM contacts' consent, objections and restrictions: routes to record them and the service turning them into
 * policy filters.
 *
 * @example
 * @Module({ imports: [SubjectsModule] }) class AppModule {}
 */
@Module({
  controllers: [SubjectsController],
  providers: [SubjectRightsService, SubjectStateService],
  exports: [SubjectStateService],
})
export class SubjectsModule {}
