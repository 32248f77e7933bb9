import { METADATA_STORAGE_KEY } from '../constants';
import { DataSubject } from '../decorators/data-subject.decorator';
import { NotPersonal } from '../decorators/not-personal.decorator';
import { LinksTo } from '../decorators/links-to.decorator';
import { OwnedBy } from '../decorators/owned-by.decorator';
import { PersonalData } from '../decorators/personal-data.decorator';
import { ProcessingRole } from '../decorators/processing-role.decorator';
import { WorkspaceKey } from '../decorators/workspace-key.decorator';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { registerFixtureTaxonomy } from '../testing/register-fixture-taxonomy';
import { getMetadataStorage } from './get-metadata-storage';
import { type PrivacyMetadataStorage } from './privacy-metadata.storage';

const email = { category: 'user.contact.email', purposes: ['service'], source: 'provided', retention: 'account' } as const;

describe('PrivacyMetadataStorage', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());

  describe('inheritance through parent classes', () => {
    function model() {
      abstract class Base {
        @NotPersonal({ reason: 'surrogate key' })
        id!: string;
        @WorkspaceKey()
        @NotPersonal({ reason: 'tenant key' })
        workspaceId!: string;
        @PersonalData({ ...email, category: 'user.name' })
        label!: string;
      }
      @ProcessingRole('processor')
      abstract class Scoped extends Base {}
      @DataSubject('contact')
      class Contact extends Scoped {
        @PersonalData({ ...email, purposes: ['service.crm'], erasure: 'hash' })
        override label!: string;
        @PersonalData(email)
        email!: string;
      }
      @DataSubject('customer')
      @ProcessingRole('controller')
      class Customer extends Base {}
      return { Base, Scoped, Contact, Customer };
    }

    it('returns parent fields, with the child overriding a property it re-annotates', () => {
      const { Base, Contact } = model();
      expect(storage.fieldsOf(Contact).map((f) => f.property)).toEqual(['id', 'workspaceId', 'label', 'email']);
      expect(storage.fieldOf(Contact, 'label')).toMatchObject({ category: 'user.contact.email', erasure: { strategy: 'hash' } });
      expect(storage.fieldOf(Base, 'label')).toMatchObject({ category: 'user.name' });
      expect(storage.fieldsOf(Base).map((f) => f.property)).toEqual(['id', 'workspaceId', 'label']);
    });

    it('inherits entity-level role and workspace key; resolves the subject per concrete class', () => {
      const { Contact, Customer } = model();
      expect(storage.entityOf(Contact)).toMatchObject({ subject: 'contact', processingRole: 'processor', workspaceKey: 'workspaceId' });
      expect(storage.entityOf(Customer)).toMatchObject({ subject: 'customer', processingRole: 'controller', workspaceKey: 'workspaceId' });
      expect(storage.fieldOf(Customer, 'label')).toMatchObject({ subject: 'customer' });
      expect(storage.fieldOf(Contact, 'label')).toMatchObject({ subject: 'contact' });
    });

    it('validates inherited fields for each concrete class but not the abstract bases', () => {
      model();
      registerFixtureTaxonomy(storage.registry);
      expect(storage.validate()).toEqual([]);
      expect(() => storage.seal()).not.toThrow();
    });
  });

  it('lists annotated entities and ownership edges', () => {
    @DataSubject('contact')
    class Contact {
      @PersonalData(email)
      email!: string;
    }
    class Note {
      @OwnedBy(() => Contact, { shared: true })
      @NotPersonal({ reason: 'foreign key' })
      contactId!: string;
    }
    expect(storage.entities()).toEqual([Contact, Note]);
    expect(storage.entityOf(Note).owners).toEqual([expect.objectContaining({ property: 'contactId', shared: true })]);
    expect(storage.entityOf(Note).owners[0].owner()).toBe(Contact);
  });

  it('turns a @LinksTo key of a link entity into a shared edge of the linked entity, matched on the link key', () => {
    @DataSubject('contact')
    class Contact {
      @PersonalData(email)
      email!: string;
    }
    class Note {
      @NotPersonal({ reason: 'body' })
      body!: string;
    }
    class NoteLink {
      @LinksTo(() => Note)
      @NotPersonal({ reason: 'foreign key' })
      noteId!: string;

      @OwnedBy(() => Contact, { shared: true })
      @NotPersonal({ reason: 'foreign key' })
      contactId!: string;
    }
    expect(storage.linksOf(NoteLink).map((l) => [l.property, l.linked()])).toEqual([['noteId', Note]]);
    const [edge] = storage.entityOf(Note).owners;
    expect(edge).toEqual(expect.objectContaining({ target: Note, property: 'id', ownerProperty: 'noteId', shared: true }));
    expect(edge.owner()).toBe(NoteLink);
    expect(storage.entityOf(NoteLink).owners.map((o) => o.property)).toEqual(['contactId']);
    registerFixtureTaxonomy(storage.registry);
    expect(storage.validate()).toEqual([]);
  });

  it('reports a @LinksTo to a class without annotations', () => {
    class Stranger {}
    class Link {
      @LinksTo(() => Stranger)
      @NotPersonal()
      strangerId!: string;
    }
    registerFixtureTaxonomy(storage.registry);
    expect(storage.validate().map((e) => e.message)).toEqual([expect.stringMatching(/^Link\.strangerId: @LinksTo points to Stranger/)]);
    expect(Link).toBeDefined();
  });

  it('reports an ownership edge to a class without annotations', () => {
    class Stranger {}
    class Note {
      @OwnedBy(() => Stranger)
      @NotPersonal()
      strangerId!: string;
    }
    registerFixtureTaxonomy(storage.registry);
    expect(storage.validate().map((e) => e.message)).toEqual([expect.stringMatching(/^Note\.strangerId: @OwnedBy points to Stranger/)]);
    expect(Note).toBeDefined();
  });

  it('rejects an entity-level annotation applied twice', () => {
    expect(() => {
      @ProcessingRole('controller')
      @ProcessingRole('processor')
      class Twice {}
      return Twice;
    }).toThrow(InvalidAnnotationError);
  });

  it('clear() forgets annotations and registrations but keeps the built-in categories', () => {
    class A {
      @NotPersonal()
      id!: string;
    }
    registerFixtureTaxonomy(storage.registry);
    storage.seal();
    storage.clear();
    expect(storage.entities()).toEqual([]);
    expect(storage.fieldsOf(A)).toEqual([]);
    expect(storage.sealed).toBe(false);
    expect(storage.registry.purposes.all()).toEqual([]);
    expect(storage.registry.categories.has('user.contact.email')).toBe(true);
  });

  it('is one instance per process, shared by duplicate copies of the package', () => {
    let copy: PrivacyMetadataStorage | undefined;
    jest.isolateModules(() => {
       
      copy = require('./get-metadata-storage').getMetadataStorage();
    });
    expect(copy).toBe(storage);
    expect((globalThis as Record<symbol, unknown>)[METADATA_STORAGE_KEY]).toBe(storage);
  });
});

describe('PrivacyMetadataStorage subject resolution', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());

  it('reports an inherited field without subject on the concrete class that lacks @DataSubject', () => {
    abstract class Base {
      @PersonalData(email)
      email!: string;
    }
    @ProcessingRole('controller')
    class Leaf extends Base {}
    registerFixtureTaxonomy(storage.registry);
    expect(storage.validate().map((e) => e.message)).toEqual([expect.stringMatching(/^Leaf\.email: has no data subject/)]);
    expect(Leaf).toBeDefined();
  });
});
