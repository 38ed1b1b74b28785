import { describe, expect, it } from 'vitest';
import { BUILT_IN_RUNBOOKS } from '../../shared/domain/runbooks/builtInRunbooks';
import {
  checkRunbookStatusChange,
  diffRunbooks,
  formatDueOffset,
  matchRunbooks,
  newStepId,
  planRunbookEdit,
  runbookContent,
  runbookContentSchema,
  runbookFileSchema,
  runbookFile,
  type RunbookContent,
} from '../../shared/domain/runbooks/runbook';
import { ATLAS_TECHNIQUES, INCIDENT_TYPES } from '../../shared/domain/incidents/taxonomy';

const [promptInjection] = BUILT_IN_RUNBOOKS;

describe('built-in runbooks', () => {
  it('are valid runbooks with unique ids, known ATLAS techniques, and critical steps', () => {
    for (const runbook of BUILT_IN_RUNBOOKS) {
      expect(runbookContentSchema.safeParse(runbookContent(runbook)).error).toBeUndefined();
      for (const id of runbook.atlasTechniques) expect(Object.keys(ATLAS_TECHNIQUES)).toContain(id);
      expect(runbook.phases.flatMap((block) => block.steps).some((step) => step.critical)).toBe(true);
    }
    expect(new Set(BUILT_IN_RUNBOOKS.map((runbook) => runbook.lineageId)).size).toBe(BUILT_IN_RUNBOOKS.length);
  });

  it('cover the incident types the issue names', () => {
    const covered = new Set(BUILT_IN_RUNBOOKS.flatMap((runbook) => runbook.activation.types));
    for (const type of [
      'prompt-injection',
      'jailbreak',
      'data-poisoning',
      'model-drift',
      'harmful-output',
      'privacy-leak',
      'model-theft',
      'third-party-failure',
    ] as const) {
      expect(INCIDENT_TYPES).toContain(type);
      expect(covered.has(type)).toBe(true);
    }
  });
});

describe('runbook versioning', () => {
  it('edits a draft in place, turns an edit of a published version into the next version, and keeps one draft', () => {
    expect(planRunbookEdit({ status: 'draft', version: 2 }, [])).toEqual({ kind: 'update-draft' });
    expect(
      planRunbookEdit({ status: 'published', version: 1 }, [
        { status: 'published', version: 1 },
        { status: 'retired', version: 0 + 1 },
      ]),
    ).toEqual({ kind: 'new-version', version: 2 });
    expect(
      planRunbookEdit({ status: 'retired', version: 1 }, [
        { status: 'retired', version: 1 },
        { status: 'published', version: 3 },
      ]),
    ).toEqual({ kind: 'new-version', version: 4 });
    expect(
      planRunbookEdit({ status: 'published', version: 1 }, [
        { status: 'published', version: 1 },
        { status: 'draft', version: 2 },
      ]),
    ).toEqual({ kind: 'refused', message: 'Version 2 is already a draft of this runbook; edit that one.' });
  });

  it('moves draft → published → retired and never back to draft', () => {
    expect(checkRunbookStatusChange('draft', 'published')).toEqual({ ok: true });
    expect(checkRunbookStatusChange('published', 'retired')).toEqual({ ok: true });
    expect(checkRunbookStatusChange('retired', 'published')).toEqual({ ok: true });
    expect(checkRunbookStatusChange('published', 'draft').ok).toBe(false);
    expect(checkRunbookStatusChange('draft', 'retired').ok).toBe(false);
  });
});

describe('runbook matching', () => {
  it('suggests published runbooks sharing a type and the severity, best match first', () => {
    const matches = matchRunbooks(BUILT_IN_RUNBOOKS, { types: ['prompt-injection'], severity: 'SEV2' });
    expect(matches.map((match) => match.runbook.title)).toEqual(['Prompt injection or jailbreak containment']);
    expect(matchRunbooks(BUILT_IN_RUNBOOKS, { types: ['prompt-injection'], severity: 'SEV4' })).toEqual([]);
    const both = matchRunbooks(BUILT_IN_RUNBOOKS, {
      types: ['privacy-leak', 'prompt-injection', 'jailbreak'],
      severity: 'SEV1',
    });
    expect(both.map((match) => [match.runbook.title, match.matchedTypes])).toEqual([
      ['Prompt injection or jailbreak containment', ['prompt-injection', 'jailbreak']],
      ['Privacy or training-data leak', ['privacy-leak']],
    ]);
    const draft = { ...promptInjection!, status: 'draft' as const };
    expect(matchRunbooks([draft], { types: ['prompt-injection'], severity: 'SEV2' })).toEqual([]);
  });
});

describe('runbook diff', () => {
  it('lists changed fields and steps added, removed, changed and moved', () => {
    const before: RunbookContent = runbookContent(promptInjection!);
    const [detection, containment, ...rest] = before.phases;
    const after: RunbookContent = {
      ...before,
      title: 'Prompt injection containment',
      phases: [
        { ...detection!, steps: detection!.steps.slice(0, -1) },
        {
          ...containment!,
          steps: [
            { ...containment!.steps[0]!, dueMinutes: 15, critical: true },
            ...containment!.steps.slice(1),
            {
              id: 'pi-notify-vendor',
              title: 'Notify the model vendor',
              ownerRole: 'incident-commander',
              dueMinutes: 120,
              instructions: '',
              critical: false,
              evidenceRequired: false,
              subSteps: [],
            },
          ],
        },
        ...rest,
      ],
    };
    const diff = diffRunbooks(before, after);
    expect(diff.fields).toEqual([
      { field: 'Title', before: 'Prompt injection or jailbreak containment', after: 'Prompt injection containment' },
    ]);
    expect(
      diff.steps.map((change) => [change.kind, change.step.id, change.kind === 'changed' ? change.changes : undefined]),
    ).toEqual([
      ['changed', 'pi-prompt-freeze', [{ field: 'Due', before: '+30 min', after: '+15 min' }]],
      ['added', 'pi-notify-vendor', undefined],
      ['removed', 'pi-assess-exposure', undefined],
    ]);
    expect(diffRunbooks(before, before)).toEqual({ fields: [], steps: [] });
  });
});

describe('runbook files and helpers', () => {
  it('round-trips through the file schema and refuses foreign or broken files', () => {
    const file = JSON.parse(JSON.stringify(runbookFile(promptInjection!))) as unknown;
    expect(runbookFileSchema.parse(file).runbook).toEqual(runbookContent(promptInjection!));
    expect(runbookFileSchema.safeParse({ format: 'other', formatVersion: 1, runbook: {} }).success).toBe(false);
    const duplicate = runbookContent(promptInjection!);
    const broken = { ...duplicate, phases: [duplicate.phases[0]!, duplicate.phases[0]!] };
    expect(runbookContentSchema.safeParse(broken).error?.issues.map((issue) => issue.message)).toContain(
      'Detection & analysis appears twice; merge its steps into one phase.',
    );
  });

  it('formats due offsets and derives step ids', () => {
    expect([0, 15, 60, 90, 1_440, 1_530].map(formatDueOffset)).toEqual([
      '+0 min',
      '+15 min',
      '+1 h',
      '+1 h 30 min',
      '+1 d',
      '+1 d 1 h 30 min',
    ]);
    expect(newStepId('Freeze prompts!', new Set(['freeze-prompts']))).toBe('freeze-prompts-2');
    expect(newStepId('', new Set())).toBe('step');
  });
});
