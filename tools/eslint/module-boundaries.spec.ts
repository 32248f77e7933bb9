import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('Nx module boundaries (npm run lint)', () => {
  it('rejects framework imports in the framework-free annotations library', async () => {
    const errors = await boundaryErrors('libs/annotations/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n");
    expect(errors).toEqual(['A project tagged with "type:core" is not allowed to import "@nestjs/common"']);
    const orm = await boundaryErrors('libs/annotations/src/probe.ts', "import { Entity } from 'typeorm';\nexport const x = Entity;\n");
    expect(orm).toHaveLength(1);
  });

  it('keeps the rights library framework-free and in the core layer', async () => {
    const nest = await boundaryErrors('libs/rights/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n");
    expect(nest).toEqual(['A project tagged with "type:core" is not allowed to import "@nestjs/common"']);
    const policy = await boundaryErrors('libs/rights/src/probe.ts', "import { PolicyError } from '@lawful/policy';\nexport const x = PolicyError;\n");
    expect(policy).toEqual(['A project tagged with "type:core" can only depend on libs tagged with "type:core"']);
    const core = await boundaryErrors('libs/rights/src/probe.ts', "import { LawfulError } from '@lawful/annotations';\nexport const x = LawfulError;\n");
    expect(core).toEqual([]);
  });

  it('rejects a library importing the application', async () => {
    const errors = await boundaryErrors('libs/annotations/src/probe.ts', "import { ENTITIES } from '../../../apps/api/src/entities';\nexport const x = ENTITIES;\n");
    expect(errors).toEqual(['Projects cannot be imported by a relative or absolute path, and must begin with a npm scope']);
  });

  it('accepts the application importing the library', async () => {
    const errors = await boundaryErrors('apps/api/src/probe.ts', "import { PersonalData } from '@lawful/annotations';\nexport const x = PersonalData;\n");
    expect(errors).toEqual([]);
  });
});
