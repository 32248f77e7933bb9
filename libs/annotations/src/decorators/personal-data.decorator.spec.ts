import { AnnotationValidationError } from '../errors/annotation-validation.error';
import { type AnnotationError } from '../errors/annotation.error';
import { BasisOverrideError } from '../errors/basis-override.error';
import { EmptyPurposesError } from '../errors/empty-purposes.error';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { MissingArt9ConditionError } from '../errors/missing-art9-condition.error';
import { UnknownCategoryError } from '../errors/unknown-category.error';
import { UnknownPurposeError } from '../errors/unknown-purpose.error';
import { UnknownRecipientError } from '../errors/unknown-recipient.error';
import { UnknownRetentionClassError } from '../errors/unknown-retention-class.error';
import { UnknownSourceError } from '../errors/unknown-source.error';
import { UnknownSubjectError } from '../errors/unknown-subject.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import { registerFixtureTaxonomy } from '../testing/register-fixture-taxonomy';
import type { PersonalDataOptions } from '../types/personal-data-options.types';
import { DataSubject } from './data-subject.decorator';
import { NotPersonal } from './not-personal.decorator';
import { PersonalData } from './personal-data.decorator';

const valid: PersonalDataOptions = { category: 'user.contact.email', purposes: ['service'], subject: 'customer', source: 'provided', retention: 'account' };

/** Declares `class Account { field }` with the given options and returns the thrown error, if any. */
function decorate(options: unknown): unknown {
  try {
    class Account {
      @PersonalData(options as PersonalDataOptions)
      field!: string;
    }
    return Account;
  } catch (error) {
    return error;
  }
}

function expectAnnotationError(error: unknown, type: new (...args: never[]) => AnnotationError, pattern: RegExp): void {
  expect(error).toBeInstanceOf(type);
  const e = error as AnnotationError;
  expect(e.entity).toBe('Account');
  expect(e.property).toBe('field');
  expect(e.message).toMatch(/^Account\.field: /);
  expect(e.message).toMatch(pattern);
}

describe('@PersonalData', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());

  it('records normalized metadata with defaults and the declaring line', () => {
    const line = new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1];
    class Customer {
      @PersonalData({ ...valid, purposes: ['service', 'marketing'], legalBases: { service: 'legitimate_interests' }, recipients: ['mailer'], erasure: 'redact' })
      email!: string;
    }
    const field = storage.fieldOf(Customer, 'email');
    expect(field).toMatchObject({
      kind: 'personal',
      category: 'user.contact.email',
      purposes: [{ key: 'service', legalBasis: 'legitimate_interests' }, { key: 'marketing' }],
      recipients: ['mailer'],
      special: false,
      encrypted: false,
      erasure: { strategy: 'redact', replacement: '[erased]' },
    });
    expect(field?.declaredAt?.file).toBe(__filename);
    expect(field?.declaredAt?.line).toBe(Number(line) + 2);
  });

  it.each<[string, unknown, new (...args: never[]) => AnnotationError, RegExp]>([
    ['empty purposes', { ...valid, purposes: [] }, EmptyPurposesError, /at least one purpose/],
    ['missing purposes', { ...valid, purposes: undefined }, EmptyPurposesError, /at least one purpose/],
    ['special without Art. 9(2) condition', { ...valid, special: true }, MissingArt9ConditionError, /art9Condition/],
    ['override for a purpose the field lacks', { ...valid, legalBases: { marketing: 'consent' } }, BasisOverrideError, /"marketing", which is not one of this field's purposes/],
    ['override with an invalid basis', { ...valid, legalBases: { service: 'because' } }, BasisOverrideError, /"because"/],
    ['malformed category key', { ...valid, category: 'User Email' }, InvalidAnnotationError, /"category" must be a dotted snake_case key/],
    ['unknown source kind', { ...valid, source: 'scraped' }, InvalidAnnotationError, /"source" must be/],
    ['unknown option', { ...valid, purpose: ['service'] }, InvalidAnnotationError, /unknown option\(s\) purpose/],
    ['bad erasure strategy', { ...valid, erasure: 'shred' }, InvalidAnnotationError, /"erasure" must be one of/],
    ['legal hold without reason', { ...valid, erasure: { strategy: 'delete', legalHold: { description: 'tax' } } }, InvalidAnnotationError, /legalHold/],
    ['art9Condition without special', { ...valid, art9Condition: 'explicit_consent' }, InvalidAnnotationError, /only for special-category data/],
    ['duplicate purpose', { ...valid, purposes: ['service', 'service'] }, InvalidAnnotationError, /twice/],
  ])('rejects %s at decoration time with a typed error naming class and property', (_name, options, type, pattern) => {
    expectAnnotationError(decorate(options), type, pattern);
  });

  it('rejects @PersonalData together with @NotPersonal on one property', () => {
    expect(() => {
      class Account {
        @PersonalData(valid)
        @NotPersonal()
        field!: string;
      }
      return Account;
    }).toThrow(InvalidAnnotationError);
  });

  describe('ids resolved against the registries', () => {
    it.each<[string, Partial<PersonalDataOptions>, new (...args: never[]) => AnnotationError]>([
      ['unknown category', { category: 'user.shoe_size' }, UnknownCategoryError],
      ['unknown purpose', { purposes: ['resale'] }, UnknownPurposeError],
      ['unknown recipient', { recipients: ['acme_cloud'] }, UnknownRecipientError],
      ['unknown retention class', { retention: 'forever' }, UnknownRetentionClassError],
      ['unknown subject', { subject: 'alien' }, UnknownSubjectError],
      ['unknown third-party source', { source: { thirdParty: 'data_broker' } }, UnknownSourceError],
      ['special category not flagged special', { category: 'user.health_and_medical' }, MissingArt9ConditionError],
    ])('defers %s until seal(), then reports it by class and property', (_name, patch, type) => {
      expect(decorate({ ...valid, ...patch })).toBeInstanceOf(Function);
      registerFixtureTaxonomy(storage.registry);
      let thrown: unknown;
      try {
        storage.seal();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(AnnotationValidationError);
      const errors = (thrown as AnnotationValidationError).errors;
      expect(errors).toHaveLength(1);
      expectAnnotationError(errors[0], type, /register|special category/);
      expect(storage.sealed).toBe(false);
    });

    it('catches an id that is registered later only if it was in fact registered', () => {
      decorate({ ...valid, purposes: ['late'] });
      registerFixtureTaxonomy(storage.registry);
      storage.registry.purposes.register({ key: 'late', name: 'Late', description: 'registered after decoration', legalBasis: 'contract' });
      expect(() => storage.seal()).not.toThrow();
    });

    it('throws at decoration time once the registries are sealed', () => {
      registerFixtureTaxonomy(storage.registry);
      storage.seal();
      expectAnnotationError(decorate({ ...valid, purposes: ['resale'] }), UnknownPurposeError, /unknown purpose "resale"/);
      expect(decorate(valid)).toBeInstanceOf(Function);
    });

    it('requires a subject on the field or on the entity', () => {
      class Orphan {
        @PersonalData({ ...valid, subject: undefined })
        email!: string;
      }
      @DataSubject('customer')
      class Adopted {
        @PersonalData({ ...valid, subject: undefined })
        email!: string;
      }
      registerFixtureTaxonomy(storage.registry);
      const problems = storage.validate();
      expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Orphan\.email: has no data subject/)]);
      expect(storage.personalFieldsOf(Adopted)[0].subject).toBe('customer');
      expect(storage.personalFieldsOf(Orphan)[0].subject).toBeUndefined();
    });
  });
});
