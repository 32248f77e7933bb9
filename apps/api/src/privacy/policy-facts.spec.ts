import type { EntityTarget, PersonalFieldMetadata } from '@lawful/annotations';
import { ENTITIES } from '../entities';
import { POLICY_DATA_ROWS, POLICY_PURPOSES, POLICY_RETENTION, POLICY_SUBPROCESSORS } from './policy-facts.fixture';
import { ensurePrivacySealed } from './register-privacy';

const storage = ensurePrivacySealed();
const { registry } = storage;

function field(ref: string): PersonalFieldMetadata | undefined {
  const [entity, property] = ref.split('.');
  const target = ENTITIES.find((e) => e.name === entity) as EntityTarget | undefined;
  const meta = target && storage.fieldOf(target, property);
  return meta?.kind === 'personal' ? meta : undefined;
}

describe('policy facts encoded in the reference backend', () => {
  describe.each(POLICY_DATA_ROWS)('§$section $row', ({ section, source, fields }) => {
    it.each(fields)('%s is annotated personal data with the right kind of source', (ref) => {
      const meta = field(ref);
      expect(meta).toBeDefined();
      if (section === '2.1') expect(meta?.source).toBe('provided');
      if (section === '2.2') expect(['observed', 'derived']).toContain(meta?.source);
      if (section === '2.5') expect(meta?.source).toEqual({ thirdParty: source });
    });
  });

  it.each(POLICY_PURPOSES)('purpose $key is registered with basis $basis', ({ key, basis, prohibited }) => {
    const purpose = registry.purposes.get(key);
    expect(purpose?.legalBasis).toBe(basis);
    expect(purpose?.prohibited).toBe(prohibited === true);
  });

  it('uses every non-prohibited root purpose of §3.1 on at least one field, and no prohibited purpose anywhere', () => {
    const used = new Set(ENTITIES.flatMap((e) => storage.personalFieldsOf(e).flatMap((f) => f.purposes.map((p) => p.key.split('.')[0]))));
    const roots = POLICY_PURPOSES.filter((p) => !p.key.includes('.'));
    expect(roots.filter((p) => !p.prohibited && !used.has(p.key)).map((p) => p.key)).toEqual([]);
    expect(roots.filter((p) => p.prohibited && used.has(p.key)).map((p) => p.key)).toEqual([]);
  });

  it.each(POLICY_SUBPROCESSORS)('sub-processor $name is registered in $countries, $status', ({ key, name, countries, status, selfHosted }) => {
    const recipient = registry.recipients.get(key);
    expect(recipient?.name).toContain(name);
    expect(recipient?.countries).toEqual(countries);
    expect(recipient?.status).toBe(status);
    expect(recipient?.selfHosted).toBe(selfHosted === true);
    if (!selfHosted) expect(recipient?.safeguard).toBe(countries.every((c) => ['DE', 'FR'].includes(c)) ? 'eea' : 'scc');
  });

  it('registers no sub-processor the policy does not list', () => {
    expect(registry.recipients.keys().sort()).toEqual(POLICY_SUBPROCESSORS.map((s) => s.key).sort());
  });

  it.each(POLICY_RETENTION)('retention "$row" is $period after $trigger', ({ key, period, trigger }) => {
    expect(registry.retention.get(key)).toMatchObject({ period, trigger });
  });

  it('sends no field to a planned (not yet active) sub-processor', () => {
    const planned = new Set(registry.recipients.all().filter((r) => r.status === 'planned').map((r) => r.key));
    const offending = ENTITIES.flatMap((e) => storage.personalFieldsOf(e).filter((f) => f.recipients.some((r) => planned.has(r))).map((f) => `${e.name}.${f.property}`));
    expect(offending).toEqual([]);
  });

  it('keeps payment records under a 7-year legal hold and encrypted (§7.2, §9.1(b))', () => {
    const payment = ENTITIES.find((e) => e.name === 'PaymentRecord') as EntityTarget;
    const fields = storage.personalFieldsOf(payment);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) {
      expect(f.retention).toBe('payment_records');
      expect(f.erasure.legalHold?.reason).toBe('legal_obligation');
    }
    expect(fields.find((f) => f.property === 'cardToken')?.encrypted).toBe(true);
  });

  it('marks CRM, project and communication entities as processor data and accounts, billing and telemetry as controller data (§5.4.3)', () => {
    const role = (name: string) => storage.roleOf(ENTITIES.find((e) => e.name === name) as EntityTarget);
    for (const name of ['Contact', 'Company', 'Deal', 'Note', 'Task', 'Project', 'ChatMessage', 'EmailMessage', 'FileAttachment', 'LeadScore']) expect([name, role(name)]).toEqual([name, 'processor']);
    for (const name of ['User', 'Workspace', 'Membership', 'PaymentRecord', 'SupportRequest', 'ServerLog', 'AnalyticsEvent', 'ConsentRecord']) expect([name, role(name)]).toEqual([name, 'controller']);
  });
});
