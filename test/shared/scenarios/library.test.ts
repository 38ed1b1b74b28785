/** The scenario library's pure rules: versioning, status changes, search and filter, and the JSON file's refusals. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../../shared/domain/exercises/builtIn';
import { scenarioBodySchema, type ScenarioBody } from '../../../shared/domain/exercises/scenario';
import {
  builtInScenarioId,
  builtInScenarioVersions,
  filterScenarios,
  formatScenarioTime,
  newScenarioItemId,
  planScenarioEdit,
  readScenarioFile,
  scenarioFile,
  scenarioStatusRefusal,
} from '../../../shared/domain/scenarios/library';

const versions = builtInScenarioVersions();
const first = versions[0] as (typeof versions)[number];

function fileText(body: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'firebreak-scenario', formatVersion: 1, scenario: body, ...extra });
}

describe('versioning', () => {
  it('edits a draft in place, turns a published or retired version into the next draft, and refuses the rest', () => {
    const own = { builtIn: false } as const;
    expect(planScenarioEdit({ ...own, status: 'draft', version: 2 }, [])).toEqual({ kind: 'update-draft' });
    expect(
      planScenarioEdit({ ...own, status: 'published', version: 1 }, [
        { status: 'published', version: 1 },
        { status: 'retired', version: 3 },
      ]),
    ).toEqual({ kind: 'new-version', version: 4 });
    expect(planScenarioEdit({ ...own, status: 'retired', version: 1 }, [{ status: 'draft', version: 2 }])).toEqual({
      kind: 'refused',
      message: 'Version 2 is already a draft of this scenario; edit that one.',
    });
    expect(planScenarioEdit({ builtIn: true, status: 'published', version: 1 }, [])).toEqual({
      kind: 'refused',
      message: 'Built-in scenarios are read-only; duplicate this one to edit it.',
    });
  });

  it('allows draft → published → retired → published, and nothing back to draft; never a built-in', () => {
    expect(scenarioStatusRefusal({ status: 'draft', builtIn: false }, 'published')).toBeUndefined();
    expect(scenarioStatusRefusal({ status: 'published', builtIn: false }, 'retired')).toBeUndefined();
    expect(scenarioStatusRefusal({ status: 'retired', builtIn: false }, 'published')).toBeUndefined();
    expect(scenarioStatusRefusal({ status: 'draft', builtIn: false }, 'retired')).toBe(
      'Publish a draft before retiring it.',
    );
    expect(scenarioStatusRefusal({ status: 'published', builtIn: false }, 'draft')).toBe(
      'A published or retired version cannot become a draft again.',
    );
    expect(scenarioStatusRefusal({ status: 'published', builtIn: false }, 'published')).toBe(
      'This version is already published.',
    );
    expect(scenarioStatusRefusal({ status: 'published', builtIn: true }, 'retired')).toMatch(/always published/);
  });

  it('gives every built-in version a stable id derived from its lineage and version', () => {
    expect(builtInScenarioId({ lineageId: '01900000-0000-7000-8000-00000000c102', version: 3 })).toBe(
      '01900000-0000-7000-a003-00000000c102',
    );
    expect(versions.map((version) => version.id)).toEqual(BUILT_IN_SCENARIOS.map(builtInScenarioId));
  });
});

describe('search and filter', () => {
  it('matches every word in names, threats and inject titles, and every chosen capability', () => {
    const names = (found: readonly ScenarioBody[]) => found.map((body) => body.overview.name);
    expect(names(filterScenarios(versions, { text: 'MCP', capabilities: [] }))).toEqual([
      'Poisoned tool (MCP) server in an agent’s supply chain',
    ]);
    expect(names(filterScenarios(versions, { text: 'stop command', capabilities: [] }))).toEqual([
      'Agent deletes production records and ignores its stop command',
    ]);
    // "forum" appears only in an inject's title.
    expect(names(filterScenarios(versions, { text: 'forum', capabilities: [] }))).toEqual([
      'Unreleased earnings pasted into a public AI tool',
    ]);
    expect(filterScenarios(versions, { text: 'no such words anywhere', capabilities: [] })).toEqual([]);
    const everyAnalysis = filterScenarios(versions, { text: '', capabilities: ['ai-system-analysis'] });
    expect(everyAnalysis.length).toBeGreaterThan(0);
    for (const body of everyAnalysis) {
      expect([
        ...body.objectives.flatMap((o) => o.capabilities),
        ...body.capabilityTargets.map((t) => t.capability),
      ]).toContain('ai-system-analysis');
    }
  });
});

describe('the scenario file', () => {
  it('round-trips a scenario through JSON', () => {
    const read = readScenarioFile(JSON.stringify(scenarioFile(first)));
    expect(read).toEqual({ ok: true, body: scenarioBodySchema.parse(first) });
  });

  it('refuses what is not a scenario file, in words', () => {
    const refusal = (text: string) => {
      const read = readScenarioFile(text);
      expect(read.ok).toBe(false);
      return read.ok ? '' : read.message;
    };
    expect(refusal('{"format": "firebreak-scenario",')).toBe(
      'The file is not valid JSON, so it cannot be a Firebreak scenario.',
    );
    expect(refusal('[1, 2]')).toBe('The file holds no scenario: a Firebreak scenario file is one JSON object.');
    expect(refusal(JSON.stringify({ format: 'firebreak-runbook', formatVersion: 1, scenario: first }))).toMatch(
      /This is not a Firebreak scenario file\./,
    );
    expect(refusal(fileText(first, { formatVersion: 2 }))).toMatch(/written by a newer Firebreak/);
    const unnamed = { ...first, overview: { ...first.overview, name: '' } };
    expect(refusal(fileText(unnamed))).toMatch(/^The scenario was not imported: .*Give the scenario a name\./);
    const [module] = first.modules;
    if (!module) throw new Error('No module.');
    const [a, b] = module.injects;
    if (!a || !b) throw new Error('Too few injects.');
    const clash = { ...first, modules: [{ ...module, injects: [a, { ...b, sequence: a.sequence }] }] };
    expect(refusal(fileText(clash))).toMatch(`Another inject is already number ${a.sequence}.`);
    const stray = { ...first, modules: [{ ...module, injects: [{ ...a, type: 'telegram' }] }] };
    expect(refusal(fileText(stray))).toMatch(/Choose an inject type\./);
    for (const message of [refusal('"text"'), refusal(fileText(unnamed))]) {
      expect(message).not.toMatch(/[{}[\]]|ZodError|invalid_type/);
    }
  });
});

describe('small helpers', () => {
  it('formats scenario time and derives unused ids', () => {
    expect([0, 45, 90, 1_440, 14_520].map(formatScenarioTime)).toEqual([
      'T+0',
      'T+45 min',
      'T+1 h 30 min',
      'T+1 d',
      'T+10 d 2 h',
    ]);
    expect(newScenarioItemId('Board briefing!', new Set(['board-briefing']))).toBe('board-briefing-2');
    expect(newScenarioItemId('', new Set(), 'inject')).toBe('inject');
  });
});
