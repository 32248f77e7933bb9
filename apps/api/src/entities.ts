import { CONTROLLER_ENTITIES } from './controller/controller.entities';
import { PROCESSOR_ENTITIES } from './processor/processor.entities';

/** Every TypeORM entity of the reference backend. */
export const ENTITIES = [...CONTROLLER_ENTITIES, ...PROCESSOR_ENTITIES];
