import 'reflect-metadata';
import { DataSubject, getMetadataStorage, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { planErasure } from '@lawful/rights';
import { Column, type DataSource, Entity, PrimaryColumn } from 'typeorm';
import { registerLawfulTestTaxonomy } from '../testing/lawful-fixture';
import { openErasureDataSource } from '../testing/erasure-db.fixture';
import { ErasureColumnError } from './erasure-column.error';
import { ErasureLinkError } from './erasure-link.error';
import { compileErasureStep } from './erasure-step.compiler';
import { ErasureExecutor } from './erasure.executor';
import { SqlNames } from './subject-path.sql';

const about = { source: 'provided', retention: 'standard', purposes: ['service.crm'], subject: 'crm_contact' } as const;
const link = () => Column('uuid', { name: 'person_id', nullable: true });

function defineEntities() {
  @Entity('erasure_compile_people') @DataSubject('crm_contact') @ProcessingRole('processor')
  class Person {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
  }
  @Entity('erasure_compile_null_on_not_null') @ProcessingRole('processor')
  class NullOnNotNull {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @link() @OwnedBy(() => Person, { shared: true }) @NotPersonal({ reason: 'fk' }) personId!: string | null;
    @Column('text') @PersonalData({ ...about, category: 'user.name', erasure: 'null' }) label!: string;
  }
  @Entity('erasure_compile_hash_on_int') @ProcessingRole('processor')
  class HashOnInt {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @link() @OwnedBy(() => Person, { shared: true }) @NotPersonal({ reason: 'fk' }) personId!: string | null;
    @Column('int') @PersonalData({ ...about, category: 'user.financial', erasure: 'hash' }) amount!: number;
  }
  @Entity('erasure_compile_fixed_link') @ProcessingRole('processor')
  class FixedLink {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('uuid', { name: 'person_id' }) @OwnedBy(() => Person, { shared: true }) @NotPersonal({ reason: 'fk' }) personId!: string;
    @Column('text') @PersonalData({ ...about, category: 'user.content', erasure: 'redact' }) note!: string;
  }
  @Entity('erasure_compile_redactions') @ProcessingRole('processor')
  class Redactions {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @link() @OwnedBy(() => Person, { shared: true }) @NotPersonal({ reason: 'fk' }) personId!: string | null;
    @Column('text', { array: true }) @PersonalData({ ...about, category: 'user.contact.email', erasure: { strategy: 'redact', replacement: 'none' } }) tags!: string[];
    @Column('jsonb') @PersonalData({ ...about, category: 'user.content', erasure: { strategy: 'redact', replacement: 'n/a' } }) doc!: unknown;
    @Column('jsonb') @PersonalData({ ...about, category: 'user.content', erasure: { strategy: 'redact', replacement: '{"erased":true}' } }) extra!: unknown;
    @Column('text', { nullable: true }) @PersonalData({ ...about, category: 'user.content', erasure: 'redact' }) empty!: string | null;
    @Column('text', { array: true, nullable: true }) @PersonalData({ ...about, category: 'user.contact.email', erasure: 'hash' }) hashed!: string[] | null;
  }
  return { Person, NullOnNotNull, HashOnInt, FixedLink, Redactions };
}

describe('compileErasureStep: the plan checked against the TypeORM schema', () => {
  let dataSource: DataSource;
  let entities: ReturnType<typeof defineEntities>;
  const step = (name: string) => planErasure(getMetadataStorage(), entities.Person).steps.find((s) => s.name === name)!;
  const compile = (name: string) => compileErasureStep(new SqlNames(dataSource), getMetadataStorage(), step(name));

  beforeAll(async () => {
    const storage = getMetadataStorage();
    storage.clear();
    registerLawfulTestTaxonomy(storage.registry);
    entities = defineEntities();
    storage.seal();
    dataSource = await openErasureDataSource(Object.values(entities));
  });
  afterAll(() => dataSource?.destroy());

  it('refuses `null` on a NOT NULL column and `hash` on a non-text column, naming entity, property and the fix', () => {
    expect(() => compile('NullOnNotNull')).toThrow(new ErasureColumnError('NullOnNotNull', 'label', 'null', 'the column is NOT NULL; use redact (with a replacement), or make the column nullable'));
    expect(() => compile('HashOnInt')).toThrow(ErasureColumnError);
    expect(() => compile('HashOnInt')).toThrow('HashOnInt.amount: erasure strategy "hash" does not fit its column: integer columns take only the null strategy');
  });

  it('refuses a shared NOT NULL link on rows holding other fields (ErasureLinkError), so the executor cannot be built', () => {
    expect(() => compile('FixedLink')).toThrow(ErasureLinkError);
    expect(() => compile('FixedLink')).toThrow('FixedLink.personId links shared rows to the erased subject but cannot be NULL');
    expect(() => new ErasureExecutor(dataSource, planErasure(getMetadataStorage(), entities.Person))).toThrow(ErasureColumnError);
  });

  it('redacts by column type: text[] to a one-element array, jsonb to the replacement parsed as JSON or as a JSON string, NULL kept; hashes text[] element-wise', async () => {
    const plan = planErasure(getMetadataStorage(), entities.Person);
    const usable = { ...plan, steps: plan.steps.filter((s) => ['Redactions', 'Person'].includes(s.name)) };
    const [person, row] = ['7d3c2b58-7a47-4c4e-9a53-1f0b8a1d0001', '7d3c2b58-7a47-4c4e-9a53-1f0b8a1d0002'];
    await dataSource.getRepository(entities.Person).insert({ id: person });
    await dataSource.getRepository(entities.Redactions).insert({ id: row, personId: person, tags: ['a@x.test'], doc: { email: 'a@x.test' }, extra: ['a'], empty: null, hashed: ['a', 'b'] });
    await new ErasureExecutor(dataSource, usable).execute(person);
    const [kept] = await dataSource.query('SELECT person_id, tags, doc, extra, empty, hashed FROM erasure_compile_redactions WHERE id = $1', [row]);
    expect(kept).toEqual({
      person_id: null,
      tags: ['none'],
      doc: 'n/a',
      extra: { erased: true },
      empty: null,
      hashed: ['ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb', '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'],
    });
  });
});
