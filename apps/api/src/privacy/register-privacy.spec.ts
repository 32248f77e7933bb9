import { AnnotationValidationError, PersonalData, ProcessingRole, UnknownPurposeError, getMetadataStorage } from '@lawful/annotations';
import { AppModule } from '../app.module';
import { ENTITIES } from '../entities';
import { ensurePrivacySealed } from './register-privacy';

describe('sealing the reference taxonomy', () => {
  beforeEach(() => getMetadataStorage().clear());

  it('refuses to boot, naming the entity and property, when an annotation uses an unregistered purpose', () => {
    @ProcessingRole('processor')
    class Lead {
      @PersonalData({ category: 'user.contact.email', subject: 'crm_contact', purposes: ['growth_hacking'], source: 'provided', retention: 'workspace_data' })
      email!: string;
    }
    let thrown: unknown;
    try {
      AppModule.forRoot({ database: { kind: 'pglite', dataDir: undefined } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AnnotationValidationError);
    const [error] = (thrown as AnnotationValidationError).errors;
    expect(error).toBeInstanceOf(UnknownPurposeError);
    expect(error.message).toMatch(/^Lead\.email: unknown purpose "growth_hacking"/);
    expect(getMetadataStorage().sealed).toBe(false);
    expect(Lead).toBeDefined();
  });

  it('is idempotent once sealed', () => {
    expect(ENTITIES.length).toBeGreaterThan(0);
    const storage = ensurePrivacySealed();
    expect(storage.sealed).toBe(true);
    expect(ensurePrivacySealed()).toBe(storage);
  });
});
