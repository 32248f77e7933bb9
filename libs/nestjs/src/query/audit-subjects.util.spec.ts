import 'reflect-metadata';
import { DataSubject, getMetadataStorage, NotPersonal, OwnedBy, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { setUpLawfulFixture } from '../testing/lawful-fixture';
import { auditSubjectProperties, idsOf } from './audit-subjects.util';

describe('auditSubjectProperties', () => {
  afterAll(() => getMetadataStorage().clear());

  it('uses owners pointing to data-subject entities first, else the key of a data-subject entity, else nothing', () => {
    const { Person, Note } = setUpLawfulFixture(false);
    @DataSubject('crm_contact')
    @ProcessingRole('processor')
    class Score {
      @NotPersonal({ reason: 'key' }) id!: string;
      @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
      @OwnedBy(() => Person) @NotPersonal({ reason: 'foreign key' }) personId!: string;
    }
    @ProcessingRole('processor')
    class Tag {
      @NotPersonal({ reason: 'key' }) id!: string;
      @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
      @OwnedBy(() => Note) @NotPersonal({ reason: 'foreign key' }) noteId!: string;
    }
    const storage = getMetadataStorage();
    storage.seal();
    expect(auditSubjectProperties(storage, Person, 'id')).toEqual(['id']);
    expect(auditSubjectProperties(storage, Note, 'id')).toEqual(['personId']);
    expect(auditSubjectProperties(storage, Score, 'id')).toEqual(['personId']);
    expect(auditSubjectProperties(storage, Tag, 'id')).toEqual([]);
  });
});

describe('idsOf', () => {
  it('lists distinct non-null values as strings, in order of appearance', () => {
    const rows = [{ a: 'c2', b: 7 }, { a: null, b: 'c2' }, { a: undefined, b: 7 }, { a: 'c1' }];
    expect(idsOf(rows, ['a', 'b'])).toEqual(['c2', '7', 'c1']);
    expect(idsOf(rows, [])).toEqual([]);
  });
});
