import { getMetadataStorage } from '../storage/get-metadata-storage';
import { propertyTarget } from './property-target.util';

/**
 * Marks the property holding the workspace (tenant) id: rows are isolated per workspace on it.
 * Annotate the column itself with `@NotPersonal` as well.
 *
 * @example
 * class Contact {
 *   @WorkspaceKey() @NotPersonal({ reason: 'tenant key' })
 *   workspaceId!: string;
 * }
 */
export function WorkspaceKey(): PropertyDecorator {
  return (prototype, key) => {
    const { entity, property } = propertyTarget(prototype, key, '@WorkspaceKey');
    getMetadataStorage().setEntity(entity, 'workspaceKey', property, '@WorkspaceKey');
  };
}
