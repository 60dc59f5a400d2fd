// The layering rules in eslint.config.mjs (docs/architecture.md, "Layers"), each with an import it
// must refuse and one it must allow. Linted with ESLint's Node API against the real config, as
// `npm run lint` runs it; the files named here need not exist.

import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') })

/** The messages of the layering rules for `code` as if it were the file at `filePath`. */
async function layeringMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message)
}

const cases: { rule: string; file: string; refused: string; allowed: string; says: RegExp }[] = [
  {
    rule: 'lib/protocols never imports lib/simulator',
    file: 'lib/protocols/pop3/example.ts',
    refused: "import { getRun } from '@/lib/simulator'\nexport const run = getRun",
    allowed: "import { octetLength } from '@/lib/protocols/mailstore'\nexport const count = octetLength",
    says: /lib\/protocols is the bottom layer/,
  },
  {
    rule: 'lib/protocols never imports lib/console (relative path)',
    file: 'lib/protocols/imap/example.ts',
    refused: "import { ConsoleSession } from '../../console/session'\nexport const session = ConsoleSession",
    allowed: "import { isAtomChar } from './chars'\nexport const atom = isAtomChar",
    says: /lib\/protocols is the bottom layer/,
  },
  {
    rule: 'lib/protocols never imports the lib/ modules written for the view',
    file: 'lib/protocols/example.ts',
    refused: "import { liveReducer } from '@/lib/live/liveState'\nexport const reduce = liveReducer",
    allowed: "import { PROTOCOL_LABELS } from './names'\nexport const labels = PROTOCOL_LABELS",
    says: /lib\/protocols is the bottom layer/,
  },
  {
    rule: 'lib/ never imports content/',
    file: 'lib/simulator/example.ts',
    refused: "import { scenarios } from '@/content/scenarios'\nexport const all = scenarios",
    allowed: "import { splitLines } from '@/lib/protocols/wire'\nexport const split = splitLines",
    says: /lib\/ must not import content\//,
  },
  {
    rule: 'lib/ never imports content/, not even a type',
    file: 'lib/console/example.ts',
    refused: "import type { ChallengeWords } from '@/content/console/challenges'\nexport type Words = ChallengeWords",
    allowed: "import type { Protocol } from '@/lib/protocols'\nexport type P = Protocol",
    says: /lib\/ must not import content\//,
  },
  {
    rule: 'lib/ never imports the view layer',
    file: 'lib/console/example.ts',
    refused: "import { useState } from 'react'\nexport const hook = useState",
    allowed: "import { createActor } from 'xstate'\nexport const make = createActor",
    says: /must not import the view layer/,
  },
  {
    rule: 'content/ imports only types from lib/',
    file: 'content/scenarios/example.ts',
    refused: "import { createSimulationMachine } from '@/lib/simulator'\nexport const machine = createSimulationMachine",
    allowed: "import type { Scenario } from '@/lib/simulator'\nexport type S = Scenario",
    says: /content\/ is data/,
  },
  {
    rule: 'components import lib/simulator only through its entry points',
    file: 'components/lab/Example.tsx',
    refused: "import { Lane } from '@/lib/simulator/lane'\nexport const lane = Lane",
    allowed: "import { DEVICE_IDS } from '@/lib/simulator/view'\nimport { toSimulationView } from '@/lib/simulator'\nexport const all = [DEVICE_IDS, toSimulationView]",
    says: /public entry points/,
  },
  {
    rule: 'components import any module of lib/viewModel, but not lib/simulator internals beside it',
    file: 'components/lanes/Example.tsx',
    refused: "import { captureLane } from '@/lib/simulator/capture'\nexport const capture = captureLane",
    allowed: "import { formatBytes } from '@/lib/viewModel/formatBytes'\nimport { PROTOCOL_LABELS } from '@/lib/protocols/names'\nexport const all = [formatBytes, PROTOCOL_LABELS]",
    says: /public entry points/,
  },
  {
    rule: 'app/ imports lib/console only through its entry point',
    file: 'app/console/example.tsx',
    refused: "import { applyDrop } from '@/lib/console/deviceKnowledge'\nexport const drop = applyDrop",
    allowed: "import { ConsoleSession } from '@/lib/console'\nexport const session = ConsoleSession",
    says: /public entry points/,
  },
]

describe('layering lint rules', () => {
  it.each(cases)('$rule', async ({ file, refused, allowed, says }) => {
    const refusedMessages = await layeringMessages(file, refused)
    expect(refusedMessages).toHaveLength(1)
    expect(refusedMessages[0]).toMatch(says)
    expect(await layeringMessages(file, allowed)).toEqual([])
  }, 60_000)
})
