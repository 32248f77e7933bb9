import { METADATA_STORAGE_KEY } from '../constants';
import { PrivacyMetadataStorage } from './privacy-metadata.storage';

type WithStorage = typeof globalThis & { [METADATA_STORAGE_KEY]?: PrivacyMetadataStorage };

/**
 * The process-wide metadata storage, kept on `globalThis` so that duplicate copies of this package and CLIs
 * loading the same entities see the same annotations.
 *
 * @example
 * getMetadataStorage().personalFieldsOf(Contact);
 */
export function getMetadataStorage(): PrivacyMetadataStorage {
  const scope = globalThis as WithStorage;
  return (scope[METADATA_STORAGE_KEY] ??= new PrivacyMetadataStorage());
}
