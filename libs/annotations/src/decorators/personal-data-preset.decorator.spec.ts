import { EmptyPurposesError } from '../errors/empty-purposes.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import { personalDataPreset } from './personal-data-preset.decorator';

describe('personalDataPreset', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());
  const Billing = personalDataPreset({ purposes: ['payments'], subject: 'customer', source: 'provided', retention: 'payment_records', recipients: ['stripe'] });

  it('applies the shared defaults, lets a use override them, and records the use\'s own line', () => {
    const line = Number(new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1]);
    class Payment {
      @Billing({ category: 'user.payment', encrypted: true })
      card!: string;
      @Billing({ category: 'user.contact.address', recipients: [] })
      address!: string;
    }
    expect(storage.fieldOf(Payment, 'card')).toMatchObject({ category: 'user.payment', purposes: [{ key: 'payments' }], recipients: ['stripe'], encrypted: true, declaredAt: { file: __filename, line: line + 2 } });
    expect(storage.fieldOf(Payment, 'address')).toMatchObject({ recipients: [], encrypted: false });
  });

  it('validates each use like @PersonalData, naming class and property', () => {
    expect(() => {
      class Payment {
        @Billing({ category: 'user.payment', purposes: [] })
        card!: string;
      }
      return Payment;
    }).toThrow(EmptyPurposesError);
    expect(() => {
      class Payment {
        @Billing({ category: 'user.payment', purposes: [] })
        card!: string;
      }
      return Payment;
    }).toThrow(/^Payment\.card: /);
  });
});
