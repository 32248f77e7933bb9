export { DATA_MAP_SCHEMA_VERSION } from './model/data-map.types';
export type * from './model/data-map.types';
export { buildDataMap } from './model/build-data-map';
export type { DataMapInput } from './model/build-data-map';
export type { SchemaMapping } from './schema/schema-mapping.types';
export { typeormSchemaMapping } from './schema/typeorm-schema.mapping';
