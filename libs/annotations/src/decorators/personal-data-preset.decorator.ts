import type { PersonalDataOptions } from '../types/personal-data-options.types';
import { PersonalData } from './personal-data.decorator';

/**
 * A `@PersonalData` with shared defaults; each use supplies the rest and may override any default.
 *
 * @example
 * const CrmData: PersonalDataPreset<{ purposes: string[] }> = personalDataPreset({ purposes: ['service.crm'] });
 */
export type PersonalDataPreset<D extends Partial<PersonalDataOptions>> = (
  options: Omit<PersonalDataOptions, keyof D> & Partial<PersonalDataOptions>,
) => PropertyDecorator;

/**
 * Builds a decorator that applies `@PersonalData` with shared defaults, for fields that share purposes,
 * retention, recipients or erasure rules. Validation and the recorded declaration line are those of each use.
 *
 * @example
 * const PaymentData = personalDataPreset({ purposes: ['payments'], retention: 'payment_records', recipients: ['stripe'], source: 'provided' });
 * class PaymentRecord {
 *   @PaymentData({ category: 'user.payment', encrypted: true })
 *   cardToken!: string;
 * }
 */
export function personalDataPreset<D extends Partial<PersonalDataOptions>>(defaults: D): PersonalDataPreset<D> {
  return (options) => PersonalData({ ...defaults, ...options } as PersonalDataOptions);
}
