import { getMetadataStorage } from '@lawful/annotations';
import { buildDataMap, runChecks } from '@lawful/datamap';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATAMAP_PROJECT, EFFECT_HANDLER_FILES, loadEffectHandlers } from './datamap.project';

// A compiled effect handler as tsc writes it into dist: it records one @SignificantEffect() when loaded.
const HANDLER_JS = `
const { SignificantEffect } = require('@lawful/annotations');
class ProbeDisqualifyLeadEffect {}
SignificantEffect({ key: 'probe.disqualify', purpose: 'ai.lead_scoring', subject: 'crm_contact',
  description: 'Marks the lead as disqualified (test probe).', logic: 'Proposed when the probe score is low.' })(ProbeDisqualifyLeadEffect);
module.exports = { ProbeDisqualifyLeadEffect };
`;

describe('data-map project: significant-effect handlers', () => {
  let dir = '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads every *.effect.ts of the sources with the project, each recording its effect', () => {
    expect(EFFECT_HANDLER_FILES.every((f) => f.endsWith('.effect.ts'))).toBe(true);
    const keys = getMetadataStorage().effects.all().map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['contact.disqualify', 'contact.reassign_owner', 'deal.change_stage', 'chat_thread.route']));
  });

  it('finds compiled handlers in nested folders and ignores maps, declarations and other files', () => {
    dir = mkdtempSync(join(tmpdir(), 'effects-'));
    mkdirSync(join(dir, 'processor', 'decisions', 'effects'), { recursive: true });
    writeFileSync(join(dir, 'processor', 'decisions', 'effects', 'probe.effect.js'), HANDLER_JS);
    for (const other of ['probe.effect.js.map', 'probe.effect.d.ts', 'effects.module.js', 'side.effects.js']) writeFileSync(join(dir, 'processor', 'decisions', 'effects', other), 'throw new Error("must not load");');
    expect(loadEffectHandlers(dir)).toEqual(['processor/decisions/effects/probe.effect.js']);
    expect(getMetadataStorage().effects.byKey('probe.disqualify')?.target.name).toBe('ProbeDisqualifyLeadEffect');
  });

  it('shows a loaded handler in the reference map: its purpose, inputs from the annotations, safeguards; the check stays clean', async () => {
    const storage = getMetadataStorage();
    if (!storage.registry.purposes.has('service')) DATAMAP_PROJECT.register(storage);
    const map = buildDataMap({ storage, entities: DATAMAP_PROJECT.entities, mapping: await DATAMAP_PROJECT.mapping?.() });
    const scoring = map.automatedDecisions.find((d) => d.purpose.id === 'ai.lead_scoring');
    expect(scoring?.purpose.legalBasis).toBe('legitimate_interests');
    expect(scoring?.effects.map((e) => e.handler)).toEqual(expect.arrayContaining(['DisqualifyLeadEffect', 'ReassignOwnerEffect', 'ChangeDealStageEffect']));
    expect(scoring?.inputs.map((f) => `${f.entity}.${f.property}`)).toContain('Contact.jobTitle');
    expect(scoring?.inputs.every((f) => !f.special)).toBe(true);
    expect(scoring?.safeguards.length).toBeGreaterThan(0);
    expect(map.fields.find((f) => f.entity === 'Contact' && f.property === 'jobTitle')?.automatedDecisions).toEqual([{ purpose: 'ai.lead_scoring', role: 'input' }]);
    expect(runChecks(map).filter((f) => f.rule === 'automated-decision-special-category')).toEqual([]);
  });
});
