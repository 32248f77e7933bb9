import { isSameOrDescendant } from '@lawful/annotations';
import type { DataMap } from '../model/data-map.types';
import { needsNoSafeguard } from '../model/transfer-countries';
import { type CheckRule, entityFinding, fieldFinding, type Finding } from './finding.types';

/** Art. 9(2) conditions under which Art. 22(4) lets significant automated decisions use special categories: (a) and (g). */
const ART22_ART9_CONDITIONS: readonly string[] = ['explicit_consent', 'substantial_public_interest'];

const each = (map: DataMap, fn: (f: DataMap['fields'][number]) => Finding[]): Finding[] => map.fields.flatMap(fn);

/**
 * The rules every project gets: annotation coverage, registry ids, legal bases, consent, Art. 9, special categories in
 * automated decisions (Art. 22(4)), recipients and transfers, prohibited purposes, retention, tenant isolation.
 *
 * @example
 * BUILTIN_RULES.map((r) => r.id);
 */
export const BUILTIN_RULES: readonly CheckRule[] = [
  {
    id: 'unannotated-column',
    description: 'Every ORM column carries @PersonalData or @NotPersonal.',
    check: (map) => map.entities.flatMap((e) => e.unannotatedColumns.map((c) =>
      entityFinding('unannotated-column', e, c, 'is a column with neither @PersonalData nor @NotPersonal', `Annotate ${e.name}.${c} with @PersonalData({ category, purposes, source, retention }) or @NotPersonal({ reason }).`))),
  },
  {
    id: 'unknown-id',
    description: 'Categories, purposes, subjects, retention classes and recipients are registered.',
    check: (map) => {
      const known = (list: { id: string }[]) => new Set(list.map((x) => x.id));
      const [categories, purposes, subjects, retention, recipients] = [map.categories, map.purposes, map.subjects, map.retention, map.recipients].map(known);
      return each(map, (f) => [
        ...(categories.has(f.category) ? [] : [fieldFinding('unknown-id', f, `uses unknown data category "${f.category}"`, 'Use a built-in category or register it with registry.categories.register().')]),
        ...f.purposes.filter((p) => !purposes.has(p.id)).map((p) => fieldFinding('unknown-id', f, `uses unknown purpose "${p.id}"`, 'Register the purpose with registry.purposes.register() or fix the key.')),
        ...(f.subject === null || subjects.has(f.subject) ? [] : [fieldFinding('unknown-id', f, `names unknown data subject "${f.subject}"`, 'Register it with registry.subjects.register().')]),
        ...(f.subject === null ? [fieldFinding('unknown-id', f, 'has no data subject', 'Set "subject" on the field or @DataSubject() on the entity.')] : []),
        ...(retention.has(f.retention) ? [] : [fieldFinding('missing-retention', f, `has no registered retention class ("${f.retention}")`, 'Set "retention" to a class registered with registry.retention.register().')]),
        ...f.recipients.filter((r) => !recipients.has(r)).map((r) => fieldFinding('unknown-id', f, `is sent to unknown recipient "${r}"`, 'Register the sub-processor with registry.recipients.register() or remove it.')),
      ]);
    },
  },
  {
    id: 'legal-basis',
    description: 'Every purpose of a field has a legal basis; consent-based purposes say where consent is recorded.',
    check: (map) => {
      const purposes = new Map(map.purposes.map((p) => [p.id, p]));
      const entities = new Set(map.entities.map((e) => e.name));
      return each(map, (f) => f.purposes.flatMap((p) => {
        const purpose = purposes.get(p.id);
        if (!purpose || purpose.prohibited) return [];
        if (p.legalBasis === null) return [fieldFinding('legal-basis', f, `is processed for "${p.id}" without a legal basis`, `Give purpose "${p.id}" a legalBasis, or override it in "legalBases" on the field.`)];
        if (p.legalBasis === 'consent' && (purpose.consentRecordedIn === null || !entities.has(purpose.consentRecordedIn))) {
          return [fieldFinding('consent-not-recordable', f, `relies on consent for "${p.id}" but no annotated entity records that consent`, `Set consentRecordedIn on purpose "${p.id}" to the annotated entity that stores consent (e.g. a consent ledger).`)];
        }
        return [];
      }));
    },
  },
  {
    id: 'special-category',
    description: 'Special categories (Art. 9) need an Art. 9(2) condition and are never processed on legitimate interests.',
    check: (map) => each(map, (f) => !f.special ? [] : [
      ...(f.art9Condition === null ? [fieldFinding('special-category', f, `is special-category data (${f.category}) without an Art. 9(2) condition`, 'Set special: true with art9Condition, e.g. "explicit_consent".')] : []),
      ...f.purposes.filter((p) => p.legalBasis === 'legitimate_interests').map((p) => fieldFinding('special-category', f, `is special-category data processed for "${p.id}" on legitimate interests`, 'Art. 9 data cannot rest on legitimate interests: drop the purpose or base it on explicit consent.')),
    ]),
  },
  {
    id: 'automated-decision-special-category',
    description: 'Automated decisions with significant effects are not based on special categories unless Art. 9(2)(a) or (g) applies (Art. 22(4)).',
    check: (map) => each(map, (f) => !f.special || ART22_ART9_CONDITIONS.includes(f.art9Condition ?? '') ? [] : f.automatedDecisions.map((d) =>
      fieldFinding('automated-decision-special-category', f, `is special-category data (${f.category}) ${d.role === 'input' ? 'read' : 'produced'} by "${d.purpose}", which proposes significant automated decisions (Art. 22(4))`,
        `Remove "${d.purpose}" (and the purposes above it) from the field, or base the field on explicit consent (art9Condition "explicit_consent") or substantial public interest ("substantial_public_interest").`))),
  },
  {
    id: 'recipient',
    description: 'Fields go only to active recipients, and abroad only with adequacy or a transfer safeguard.',
    check: (map) => {
      const recipients = new Map(map.recipients.map((r) => [r.id, r]));
      return each(map, (f) => f.recipients.flatMap((id) => {
        const r = recipients.get(id);
        if (!r) return [];
        const out: Finding[] = [];
        if (r.status === 'planned') out.push(fieldFinding('planned-recipient', f, `is sent to "${r.name}", whose status is planned`, `Remove "${id}" from the field's recipients until the sub-processor is active (and announced).`));
        const unsafe = r.selfHosted ? [] : r.countries.filter((c) => !needsNoSafeguard(c) && !['scc', 'uk_idta', 'bcr'].includes(r.safeguard));
        if (unsafe.length > 0) out.push(fieldFinding('unsafe-transfer', f, `is sent to "${r.name}" in ${unsafe.join(', ')} without adequacy or a transfer safeguard (safeguard: ${r.safeguard})`, `Record SCCs, the UK IDTA or BCRs for "${id}" (safeguard), or stop sending the field.`));
        return out;
      }));
    },
  },
  {
    id: 'prohibited-purpose',
    description: 'No field is processed for a purpose the application prohibits (e.g. training models on user content).',
    check: (map) => {
      const prohibited = map.purposes.filter((p) => p.prohibited).map((p) => p.id);
      return each(map, (f) => f.purposes.filter((p) => prohibited.some((x) => isSameOrDescendant(p.id, x))).map((p) =>
        fieldFinding('prohibited-purpose', f, `is processed for prohibited purpose "${p.id}"`, `Remove "${p.id}" from the field's purposes; the policy forbids it.`)));
    },
  },
  {
    id: 'entity',
    description: 'Entities with personal data declare their processing role; processor entities have a workspace key.',
    check: (map) => map.entities.flatMap((e) => [
      ...(e.personalFields.length > 0 && e.processingRole === null ? [entityFinding('missing-processing-role', e, undefined, 'holds personal data but declares no processing role', "Add @ProcessingRole('controller') or @ProcessingRole('processor') to the class.")] : []),
      ...(e.processingRole === 'processor' && e.workspaceKey === null ? [entityFinding('processor-without-workspace-key', e, undefined, 'is processor data without a workspace (tenant) key', 'Mark the tenant column with @WorkspaceKey(), so data stays isolated per customer.')] : []),
    ]),
  },
];
