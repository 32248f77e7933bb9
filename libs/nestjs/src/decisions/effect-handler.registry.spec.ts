import 'reflect-metadata';
import { SignificantEffect } from '@lawful/annotations';
import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { setUpDecisionsFixture } from '../testing/decisions-db.fixture';
import { EffectGrantLedger } from './effect-grant.ledger';
import { EffectHandlerRegistry } from './effect-handler.registry';
import { InvalidEffectHandlerError } from './invalid-effect-handler.error';

describe('EffectHandlerRegistry', () => {
  it('refuses to start with a @SignificantEffect provider that cannot be suspended, naming it and the method', async () => {
    setUpDecisionsFixture();
    @SignificantEffect({ key: 'lead.archive', purpose: 'ai.lead_scoring', subject: 'crm_contact', description: 'Archives the lead for good.', logic: 'Proposed for leads without activity.' })
    @Injectable()
    class ArchiveWithoutSuspend {
      parse(): Record<string, never> {
        return {};
      }
      async apply(): Promise<string> {
        return 'applied';
      }
    }
    const moduleRef = await Test.createTestingModule({ imports: [DiscoveryModule], providers: [EffectGrantLedger, EffectHandlerRegistry, ArchiveWithoutSuspend] }).compile();
    const init = moduleRef.init();
    await expect(init).rejects.toThrow(InvalidEffectHandlerError);
    await expect(init).rejects.toThrow(/ArchiveWithoutSuspend declares the effect "lead.archive" but has no suspend\(\) method/);
  });
});
