import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/domain/hash';
import {
  observableBody,
  observableDraftSchema,
  type Observable,
  type ObservableDraftInput,
} from '../../../shared/domain/observables/observable';
import {
  stixBundleOf,
  stixBundleSchema,
  stixIndicatorSchema,
  stixPattern,
  TLP2_MARKING_IDS,
} from '../../../shared/domain/observables/stix';

const incident = { id: '0190a000-0000-7000-8000-0000000000a1', ref: 'INC-2026-LON-0042' };

function stored(index: number, input: Partial<ObservableDraftInput>): Observable {
  const body = observableBody(
    observableDraftSchema.parse({
      kind: 'ip',
      value: '203.0.113.7',
      tlp: 'AMBER',
      pap: 'GREEN',
      firstSeen: '2026-11-20T07:55:00.000Z',
      lastSeen: null,
      evidenceId: null,
      ...input,
    }),
  );
  return {
    ...body,
    subject: { kind: 'incident', ...incident },
    id: `0190a000-0000-7000-8000-${String(index).padStart(12, '0')}`,
    createdAt: '2026-11-20T08:40:00.000Z',
    updatedAt: '2026-11-20T08:45:00.000Z',
    createdBy: 'Dana Reyes',
    createdById: '0190a000-0000-7000-8000-00000000da4a',
    updatedBy: 'Dana Reyes',
    updatedById: '0190a000-0000-7000-8000-00000000da4a',
    rev: 2,
    hlc: '001732262400000-0000-testnode1',
    deletedAt: null,
  };
}

describe('STIX 2.1 export', () => {
  const token = 'sk-live-0123456789abcdefTOKEN';
  const observables = [
    stored(1, { kind: 'ip', value: '203.0.113.7', tlp: 'RED' }),
    stored(2, { kind: 'api-token', value: token, tlp: 'AMBER+STRICT' }),
    stored(3, { kind: 'domain', value: 'evil.example.org', tlp: 'CLEAR' }),
    stored(4, { kind: 'file-hash', value: 'a'.repeat(64) }),
    stored(5, { kind: 'prompt-fragment', value: "ignore the user's 100% rules" }),
  ];

  it('makes one indicator per observable with the required properties and the standard TLP 2.0 markings', () => {
    const bundle = stixBundleOf(incident, observables, '2026-11-20T09:00:00.000Z');
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const indicators = bundle.objects.filter((object) => object.type === 'indicator');
    const markings = bundle.objects.filter((object) => object.type === 'marking-definition');
    expect(markings.map((marking) => [marking.id, marking.name])).toEqual([
      [TLP2_MARKING_IDS.RED, 'TLP:RED'],
      [TLP2_MARKING_IDS['AMBER+STRICT'], 'TLP:AMBER+STRICT'],
      [TLP2_MARKING_IDS.CLEAR, 'TLP:CLEAR'],
      [TLP2_MARKING_IDS.AMBER, 'TLP:AMBER'],
    ]);
    expect(TLP2_MARKING_IDS.CLEAR).toBe('marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487');
    expect(indicators[0]).toMatchObject({
      type: 'indicator',
      spec_version: '2.1',
      created: '2026-11-20T08:40:00.000Z',
      modified: '2026-11-20T08:45:00.000Z',
      pattern: "[ipv4-addr:value = '203.0.113.7']",
      pattern_type: 'stix',
      valid_from: '2026-11-20T07:55:00.000Z',
      object_marking_refs: ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1'],
      x_firebreak_pap: 'PAP:GREEN',
    });
    expect(indicators.map((indicator) => indicator.pattern)).toEqual([
      "[ipv4-addr:value = '203.0.113.7']",
      `[x-ai-api-token:hashes.'SHA-256' = '${sha256Hex(token)}']`,
      "[domain-name:value = 'evil.example.org']",
      `[file:hashes.'SHA-256' = '${'a'.repeat(64)}']`,
      "[x-ai-prompt:value LIKE '%ignore the user\\'s 100% rules%']",
    ]);
    // The id is stable for an observable across exports, so a re-export updates rather than duplicates.
    expect(stixBundleOf(incident, observables, '2026-11-21T09:00:00.000Z').objects.at(-1)!.id).toBe(
      bundle.objects.at(-1)!.id,
    );
  });

  it('never carries the token itself, only its hash', () => {
    const text = JSON.stringify(stixBundleOf(incident, observables, '2026-11-20T09:00:00.000Z'));
    expect(text).not.toContain(token);
    expect(text).not.toContain('sk-l');
    expect(text).toContain(sha256Hex(token));
  });

  it('fails validation when a required property is missing or wrong', () => {
    const bundle = stixBundleOf(incident, observables, '2026-11-20T09:00:00.000Z');
    const indicator = bundle.objects.find((object) => object.type === 'indicator')!;
    for (const property of [
      'type',
      'spec_version',
      'id',
      'created',
      'modified',
      'pattern',
      'pattern_type',
      'valid_from',
    ]) {
      const { [property as keyof typeof indicator]: _dropped, ...without } = indicator;
      expect(stixIndicatorSchema.safeParse(without).success, property).toBe(false);
    }
    expect(stixIndicatorSchema.safeParse({ ...indicator, id: 'indicator--not-a-uuid' }).success).toBe(false);
    expect(stixIndicatorSchema.safeParse({ ...indicator, spec_version: '2.0' }).success).toBe(false);
    expect(stixBundleSchema.safeParse({ type: 'bundle', objects: bundle.objects }).success).toBe(false);
    expect(stixBundleSchema.safeParse(bundle).success).toBe(true);
  });

  it('escapes quotes and backslashes in patterns', () => {
    expect(stixPattern({ kind: 'user-id', value: "o'brien\\x", normalized: "o'brien\\x" })).toBe(
      "[user-account:user_id = 'o\\'brien\\\\x']",
    );
  });
});
