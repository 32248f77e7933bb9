import 'reflect-metadata';
import { DataSubject, getMetadataStorage, LinksTo, NotPersonal, OwnedBy, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { subjectGraph } from '@lawful/rights';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { RowNotFoundError } from '../query/row-not-found.error';
import { registerLawfulTestTaxonomy } from '../testing/lawful-fixture';
import { createPrivatePostgresDatabase } from '../testing/private-postgres.fixture';
import { readSubjectRecords } from './subject-records.reader';

const pd = { source: 'provided', retention: 'standard', purposes: ['service.crm'] } as const;

function model(withGadget: boolean) {
  @Entity('reader_people') @DataSubject('crm_contact') @ProcessingRole('processor')
  class Person {
    @PrimaryColumn('text') @NotPersonal() id!: string;
    @Column('text', { name: 'ws' }) @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @Column('text', { name: 'full_name' }) @PersonalData({ ...pd, category: 'user.name' }) name!: string;
  }
  @Entity('reader_threads') @ProcessingRole('processor')
  class Thread {
    @PrimaryColumn('text') @NotPersonal() id!: string;
    @Column('text') @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @Column('text') @OwnedBy(() => Person) @NotPersonal() personId!: string;
  }
  @Entity('reader_messages') @ProcessingRole('processor')
  class Message {
    @PrimaryColumn('text') @NotPersonal() id!: string;
    @Column('text') @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @Column('text') @OwnedBy(() => Thread) @NotPersonal() threadId!: string;
    @Column('text') @PersonalData({ ...pd, category: 'user.content', subject: 'crm_contact' }) body!: string;
  }
  @Entity('reader_memos') @ProcessingRole('processor')
  class Memo {
    @PrimaryColumn('text') @NotPersonal() id!: string;
    @Column('text') @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @Column('text') @PersonalData({ ...pd, category: 'user.content', subject: 'crm_contact' }) text!: string;
  }
  @Entity('reader_memo_links') @ProcessingRole('processor')
  class MemoLink {
    @PrimaryColumn('text') @NotPersonal() id!: string;
    @Column('text') @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @Column('text') @LinksTo(() => Memo) @NotPersonal() memoId!: string;
    @Column('text') @OwnedBy(() => Person, { shared: true }) @NotPersonal() personId!: string;
  }
  @Entity('reader_replies') @ProcessingRole('processor')
  class Reply {
    @PrimaryColumn('text') @NotPersonal() id!: string;
    @Column('text') @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @Column('text') @OwnedBy(() => Thread) @NotPersonal() threadId!: string;
    @Column('text') @OwnedBy(() => Person, { shared: true }) @NotPersonal() authorId!: string;
    @Column('text') @PersonalData({ ...pd, category: 'user.content', subject: 'crm_contact' }) body!: string;
  }
  const entities: (new () => unknown)[] = [Person, Thread, Message, Memo, MemoLink, Reply];
  if (withGadget) {
    // A developer adds an annotated entity owned by the subject: nothing else changes.
    @Entity('reader_gadgets') @ProcessingRole('processor')
    class Gadget {
      @PrimaryColumn('text') @NotPersonal() id!: string;
      @Column('text') @WorkspaceKey() @NotPersonal() workspaceId!: string;
      @Column('text') @OwnedBy(() => Person) @NotPersonal() ownerId!: string;
      @Column('text') @PersonalData({ ...pd, category: 'user.device', subject: 'crm_contact' }) serial!: string;
    }
    entities.push(Gadget);
  }
  return { Person, entities };
}

async function open(entities: (new () => unknown)[]): Promise<DataSource> {
  const server = process.env.DATABASE_URL;
  const pg = server ? await createPrivatePostgresDatabase(server) : undefined;
  const dataSource = new DataSource({ type: 'postgres', ...(pg ? { url: pg.url } : { driver: new PGliteDriver().driver }), entities, synchronize: true, dropSchema: true });
  await dataSource.initialize();
  if (pg) Object.assign(dataSource, { destroy: ((d) => () => d().then(pg.drop))(dataSource.destroy.bind(dataSource)) });
  await dataSource.query(`INSERT INTO reader_people (id, ws, full_name) VALUES ('p1', 'w1', 'Ada'), ('p2', 'w1', 'Bob'), ('p3', 'w2', 'Cyd')`);
  await dataSource.query(`INSERT INTO reader_threads (id, "workspaceId", "personId") VALUES ('t1', 'w1', 'p1'), ('t2', 'w1', 'p2')`);
  await dataSource.query(`INSERT INTO reader_messages (id, "workspaceId", "threadId", body) VALUES ('m1', 'w1', 't1', 'hi'), ('m2', 'w1', 't1', 'yo'), ('m3', 'w1', 't2', 'no')`);
  await dataSource.query(`INSERT INTO reader_memos (id, "workspaceId", text) VALUES ('n1', 'w1', 'about Ada and Bob'), ('n2', 'w1', 'about Bob')`);
  // Replies reach a person in two ways: in their thread, or as author (r3: both; r5: another workspace).
  await dataSource.query(`INSERT INTO reader_replies (id, "workspaceId", "threadId", "authorId", body) VALUES ('r1', 'w1', 't1', 'p2', 'a'), ('r2', 'w1', 't2', 'p1', 'b'), ('r3', 'w1', 't1', 'p1', 'c'), ('r4', 'w1', 't2', 'p2', 'd'), ('r5', 'w2', 't2', 'p1', 'e')`);
  await dataSource.query(`INSERT INTO reader_memo_links (id, "workspaceId", "memoId", "personId") VALUES ('l1', 'w1', 'n1', 'p1'), ('l2', 'w1', 'n1', 'p2'), ('l3', 'w1', 'n2', 'p2')`);
  return dataSource;
}

describe(`readSubjectRecords on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  const storage = getMetadataStorage();
  afterAll(() => storage.clear());

  async function setUp(withGadget: boolean) {
    storage.clear();
    registerLawfulTestTaxonomy(storage.registry);
    const m = model(withGadget);
    storage.seal();
    return { ...m, dataSource: await open(m.entities) };
  }

  it('reads every row reaching the subject — through chains and links — with the fields about the subject', async () => {
    const { Person, dataSource } = await setUp(false);
    try {
      const records = await readSubjectRecords(dataSource.manager, subjectGraph(storage, Person), 'p1', { storage, workspaceId: 'w1' });
      const rows = Object.fromEntries(records.map((r) => [r.entity.name, r.rows]));
      expect(rows.Person).toEqual([{ id: 'p1', name: 'Ada' }]);
      expect(rows.Thread).toEqual([{ id: 't1' }]);
      expect(rows.Message).toEqual([{ id: 'm1', body: 'hi' }, { id: 'm2', body: 'yo' }]);
      expect(rows.Memo).toEqual([{ id: 'n1', text: 'about Ada and Bob' }]);
      expect(rows.MemoLink).toEqual([{ id: 'l1' }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('reads a row reachable through several ownership paths once, through either path, in the workspace only', async () => {
    const { Person, dataSource } = await setUp(false);
    try {
      const graph = subjectGraph(storage, Person);
      expect(graph.nodes.find((n) => n.name === 'Reply')?.paths).toHaveLength(2);
      const rows = async (id: string, workspaceId?: string) =>
        (await readSubjectRecords(dataSource.manager, graph, id, { storage, ...(workspaceId ? { workspaceId } : {}) })).find((r) => r.entity.name === 'Reply')?.rows;
      expect(await rows('p1', 'w1')).toEqual([{ id: 'r1', body: 'a' }, { id: 'r2', body: 'b' }, { id: 'r3', body: 'c' }]);
      expect(await rows('p1')).toEqual([{ id: 'r1', body: 'a' }, { id: 'r2', body: 'b' }, { id: 'r3', body: 'c' }, { id: 'r5', body: 'e' }]);
      expect(await rows('p2', 'w1')).toEqual([{ id: 'r1', body: 'a' }, { id: 'r2', body: 'b' }, { id: 'r4', body: 'd' }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('answers RowNotFoundError for a subject missing from the workspace', async () => {
    const { Person, dataSource } = await setUp(false);
    try {
      await expect(readSubjectRecords(dataSource.manager, subjectGraph(storage, Person), 'p3', { storage, workspaceId: 'w1' })).rejects.toBeInstanceOf(RowNotFoundError);
      await expect(readSubjectRecords(dataSource.manager, subjectGraph(storage, Person), 'nobody', { storage })).rejects.toBeInstanceOf(RowNotFoundError);
    } finally {
      await dataSource.destroy();
    }
  });

  it('includes a newly annotated entity owned by the subject with no extra code', async () => {
    const { Person, dataSource } = await setUp(true);
    try {
      await dataSource.query(`INSERT INTO reader_gadgets (id, "workspaceId", "ownerId", serial) VALUES ('g1', 'w1', 'p1', 'SN-1'), ('g2', 'w1', 'p2', 'SN-2')`);
      const records = await readSubjectRecords(dataSource.manager, subjectGraph(storage, Person), 'p1', { storage, workspaceId: 'w1' });
      expect(records.find((r) => r.entity.name === 'Gadget')?.rows).toEqual([{ id: 'g1', serial: 'SN-1' }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
