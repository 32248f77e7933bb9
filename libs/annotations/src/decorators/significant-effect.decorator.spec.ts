import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { UnknownPurposeError } from '../errors/unknown-purpose.error';
import { UnknownSubjectError } from '../errors/unknown-subject.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import { registerFixtureTaxonomy } from '../testing/register-fixture-taxonomy';
import type { SignificantEffectOptions } from '../types/significant-effect.types';
import { SignificantEffect } from './significant-effect.decorator';

const valid: SignificantEffectOptions = {
  key: 'contact.disqualify',
  purpose: 'analytics',
  subject: 'contact',
  description: 'Marks the lead as disqualified.',
  logic: 'Proposed when the score is below 0.2.',
};

function declare(options: unknown, name = 'DisqualifyEffect'): unknown {
  try {
    const cls = { [name]: class {} }[name]!;
    SignificantEffect(options as SignificantEffectOptions)(cls);
    return cls;
  } catch (error) {
    return error;
  }
}

describe('@SignificantEffect', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());

  it('records the declaration by handler class and by key, with where it was declared', () => {
    const cls = declare(valid) as new () => unknown;
    const effect = storage.effects.of(cls);
    expect(effect).toMatchObject({ ...valid, target: cls });
    expect(storage.effects.byKey('contact.disqualify')?.target).toBe(cls);
    expect(effect?.declaredAt?.file).toMatch(/significant-effect\.decorator\.spec\.ts$/);
  });

  it('finds the effect of a subclass through its annotated parent', () => {
    const parent = declare(valid) as new () => unknown;
    class Child extends (parent as new () => object) {}
    expect(storage.effects.of(Child)?.key).toBe('contact.disqualify');
  });

  it.each([
    [{ ...valid, key: 'Contact Disqualify' }, /"key" as a dotted snake_case key/],
    [{ ...valid, purpose: undefined }, /"purpose" as a dotted snake_case key/],
    [{ ...valid, subject: 42 }, /"subject" as a dotted snake_case key/],
    [{ ...valid, description: 'short' }, /"description" as a sentence/],
    [{ ...valid, logic: '   ' }, /"logic" as a sentence/],
    [{ ...valid, reviewers: ['x'] }, /unknown option "reviewers"/],
    [null, /needs an options object/],
  ])('rejects a bad declaration at decoration time, naming the class: %j', (options, message) => {
    const error = declare(options);
    expect(error).toBeInstanceOf(InvalidAnnotationError);
    expect((error as Error).message).toMatch(/^DisqualifyEffect: @SignificantEffect\(\) /);
    expect((error as Error).message).toMatch(message);
    expect(storage.effects.all()).toHaveLength(0);
  });

  it('refuses a second declaration on the same class', () => {
    const cls = declare(valid) as new () => unknown;
    expect(() => SignificantEffect({ ...valid, key: 'contact.other' })(cls)).toThrow(/declared twice/);
  });

  it('reports unregistered purposes and subjects, and one key on two handlers, when sealing', () => {
    registerFixtureTaxonomy(storage.registry);
    declare({ ...valid, purpose: 'ai.unknown', subject: 'stranger' }, 'First');
    declare(valid, 'Second');
    const problems = storage.validate();
    expect(problems.find((p) => p instanceof UnknownPurposeError)?.message).toMatch(/^First: .*unregistered purpose "ai\.unknown"/);
    expect(problems.find((p) => p instanceof UnknownSubjectError)?.message).toMatch(/^First: .*unregistered subject "stranger"/);
    expect(problems.find((p) => p instanceof InvalidAnnotationError)?.message).toMatch(/^Second: effect "contact\.disqualify" is already applied by First/);
  });

  it('passes validation for a well-formed declaration and is forgotten by clear()', () => {
    registerFixtureTaxonomy(storage.registry);
    declare(valid);
    expect(storage.validate()).toEqual([]);
    storage.clear();
    expect(storage.effects.all()).toEqual([]);
  });
});
