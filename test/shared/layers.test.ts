/** The layer table (ARCHITECTURE.md) is enforced by lint: a wrong import between layers is an error. */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/domain/x.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    ['renderer/features/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['renderer/features/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['renderer/features/x.ts', "import { x as y } from '../../electron/services/appInfo';\nexport const x = y;\n"],
    ['electron/services/x.ts', "import { x as y } from '../../renderer/db/database';\nexport const x = y;\n"],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['electron/preload/x.ts', "import { x as y } from '../main/main';\nexport const x = y;\n"],
    ['renderer/ui/x.ts', "import { writeTransaction } from '../db/write';\nexport const x = writeTransaction;\n"],
    [
      'renderer/ui/x.ts',
      "import { useDatabase } from '../features/evidence/EvidencePanel';\nexport const x = useDatabase;\n",
    ],
    ['renderer/db/x.ts', "import { ipcContract } from '../../shared/ipc/contract';\nexport const x = ipcContract;\n"],
    [
      'renderer/db/runbooks/x.ts',
      "import { ipcContract } from '../../../shared/ipc/contract';\nexport const x = ipcContract;\n",
    ],
  ])('refuses a wrong import in %s', async (filePath, source) => {
    expect((await importErrors(filePath, source)).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'renderer/features/x.ts',
      "import { z } from 'zod';\nimport { PHASES } from '../../shared/domain/incidents/taxonomy';\nexport const x = [z, PHASES];\n",
    ],
    [
      'electron/services/x.ts',
      "import { readFileSync } from 'node:fs';\nimport { ipcContract } from '../../shared/ipc/contract';\nexport const x = [readFileSync, ipcContract];\n",
    ],
    [
      'electron/preload/x.ts',
      "import { contextBridge } from 'electron';\nimport { ipcContract } from '../../shared/ipc/contract';\nexport const x = [contextBridge, ipcContract];\n",
    ],
    [
      'renderer/ui/x.ts',
      "import { describeZodError } from '../../shared/errors';\nimport { useId } from 'react';\nexport const x = [describeZodError, useId];\n",
    ],
    [
      'renderer/db/x.ts',
      "import Dexie from 'dexie';\nimport { parseOrRefuse } from '../../shared/errors';\nexport const x = [Dexie, parseOrRefuse];\n",
    ],
  ])('allows the imports its layer may use in %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });
});
