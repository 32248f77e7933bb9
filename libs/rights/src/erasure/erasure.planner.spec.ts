import { DataSubject, getMetadataStorage, NotPersonal, OwnedBy, PersonalData } from '@lawful/annotations';
import { ErasurePlanError } from './erasure-plan.error';
import { planErasure } from './erasure.planner';
import { OwnershipCycleError } from './ownership-cycle.error';
import { UnknownErasureSubjectError } from './unknown-erasure-subject.error';

const field = { category: 'user.name', purposes: ['service'], source: 'provided', retention: 'account' } as const;
const hold = { reason: 'legal_obligation', description: 'tax records, 7 years' } as const;

function model() {
  @DataSubject('contact')
  class Contact {
    @PersonalData(field) name!: string;
  }
  abstract class Owned {
    @OwnedBy(() => Contact) @NotPersonal() contactId!: string;
  }
  class Deal extends Owned {
    @PersonalData({ ...field, subject: 'contact' }) title!: string;
  }
  class DealLine {
    @OwnedBy(() => Deal) @NotPersonal() dealId!: string;
  }
  class Note {
    @PersonalData({ ...field, subject: 'user' }) author!: string;
  }
  @DataSubject('user')
  class Member {
    @PersonalData(field) name!: string;
  }
  class NoteContact {
    @OwnedBy(() => Contact, { shared: true }) @NotPersonal() contactId!: string;
    @OwnedBy(() => Member, { shared: true }) @NotPersonal() addedById!: string;
    @PersonalData({ ...field, subject: 'contact', erasure: { strategy: 'redact', replacement: '[gone]' } }) label!: string;
    @PersonalData({ ...field, subject: 'contact', category: 'user.contact.email', erasure: 'hash' }) email!: string;
    @PersonalData({ ...field, subject: 'contact', erasure: 'delete' }) phone!: string;
    @PersonalData({ ...field, subject: 'user' }) addedBy!: string;
  }
  class Payment {
    @OwnedBy(() => Contact) @NotPersonal() contactId!: string;
    @PersonalData({ ...field, subject: 'contact', erasure: { strategy: 'delete', legalHold: hold } }) amount!: number;
    @PersonalData({ ...field, subject: 'contact', erasure: 'null' }) memo!: string;
  }
  class Message {
    @OwnedBy(() => Deal) @NotPersonal() dealId!: string;
    @OwnedBy(() => Contact, { shared: true }) @NotPersonal() senderId!: string;
    @PersonalData({ ...field, subject: 'contact', erasure: 'hash' }) from!: string;
  }
  return { Contact, Member, Owned, Deal, DealLine, Note, NoteContact, Payment, Message };
}

describe('planErasure', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());
  afterAll(() => storage.clear());

  it('follows ownership chains transitively, one step per entity, children before parents, subject last', () => {
    const m = model();
    const plan = planErasure(storage, m.Contact);
    const names = plan.steps.map((s) => s.name);
    expect(plan.subject).toBe('contact');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Deal', 'DealLine', 'NoteContact', 'Payment', 'Message', 'Contact']));
    expect(names).not.toContain('Note');
    expect(names).not.toContain('Owned');
    expect(names.at(-1)).toBe('Contact');
    expect(names.indexOf('DealLine')).toBeLessThan(names.indexOf('Deal'));
    expect(names.indexOf('Message')).toBeLessThan(names.indexOf('Deal'));
    const line = plan.steps.find((s) => s.name === 'DealLine');
    expect(line).toMatchObject({ action: 'delete', fields: [] });
    expect(line?.paths.map((p) => p.hops.map((h) => `${h.entity.name}.${h.property}`))).toEqual([['DealLine.dealId', 'Deal.contactId']]);
    expect(line?.reason).toContain('belong to the contact subject alone (DealLine.dealId → Deal, Deal.contactId → Contact)');
    expect(plan.steps.at(-1)).toMatchObject({ action: 'delete', paths: [{ hops: [], action: 'delete' }] });
  });

  it('anonymizes shared rows with each field strategy of this subject only', () => {
    const m = model();
    const step = planErasure(storage, m.Contact).steps.find((s) => s.entity === m.NoteContact);
    expect(step?.action).toBe('anonymize');
    expect(step?.fields).toEqual([
      { property: 'label', category: 'user.name', strategy: 'redact', replacement: '[gone]' },
      { property: 'email', category: 'user.contact.email', strategy: 'hash' },
      { property: 'phone', category: 'user.name', strategy: 'null' },
    ]);
    expect(step?.reason).toContain('shared with other subjects (NoteContact.contactId (shared) → Contact)');
    expect(step?.reason).toContain('label: redact, email: hash, phone: null');
  });

  it('retains rows with a legal hold, with the reason, and erases their other fields', () => {
    const m = model();
    const step = planErasure(storage, m.Contact).steps.find((s) => s.entity === m.Payment);
    expect(step).toMatchObject({ action: 'retain', holds: [{ property: 'amount', ...hold }], fields: [{ property: 'memo', strategy: 'null' }] });
    expect(step?.reason).toContain('legal hold (legal_obligation: tax records, 7 years)');
  });

  it('deletes rows reached exclusively and anonymizes those reached only through a shared path', () => {
    const m = model();
    const step = planErasure(storage, m.Contact).steps.find((s) => s.entity === m.Message);
    expect(step?.action).toBe('delete');
    expect(step?.paths.map((p) => p.action)).toEqual(['delete', 'anonymize']);
    expect(step?.fields).toEqual([{ property: 'from', category: 'user.name', strategy: 'hash' }]);
    expect(step?.reason).toContain('rows reached only through shared paths (Message.senderId (shared) → Contact) are anonymized');
  });

  it('throws a typed error for an entity that is not a data subject', () => {
    const m = model();
    expect(() => planErasure(storage, m.Deal)).toThrow(UnknownErasureSubjectError);
    expect(() => planErasure(storage, class Unannotated {})).toThrow(expect.objectContaining({ code: 'UNKNOWN_ERASURE_SUBJECT', context: { entity: 'Unannotated' } }));
  });

  it('throws a typed error on an ownership cycle', () => {
    @DataSubject('contact')
    class Contact {
      @PersonalData(field) name!: string;
    }
    class A {
      @OwnedBy(() => Contact) @NotPersonal() contactId!: string;
      @OwnedBy(() => B) @NotPersonal() bId!: string;
    }
    class B {
      @OwnedBy(() => A) @NotPersonal() aId!: string;
    }
    const error = captured(() => planErasure(storage, Contact));
    expect(error).toBeInstanceOf(OwnershipCycleError);
    expect(error).toBeInstanceOf(ErasurePlanError);
    expect((error as OwnershipCycleError).cycle).toEqual(['A', 'B', 'A']);
  });
});

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}
