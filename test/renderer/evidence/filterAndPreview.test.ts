/** Evidence list filters and sort, and how previews are chosen and transcripts read. */
import { describe, expect, it } from 'vitest';
import { filterEvidence, NO_EVIDENCE_FILTER, tagsInUse } from '../../../renderer/features/evidence/filterEvidence';
import { parseTranscript, previewKindOf } from '../../../renderer/features/evidence/previewKind';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';

function item(name: string, change: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id: `0190a000-0000-7000-8000-00000000000${name.length % 10}`,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    createdBy: 'Dana Reyes',
    createdById: '0190a000-0000-7000-8000-00000000da4a',
    updatedBy: 'Dana Reyes',
    updatedById: '0190a000-0000-7000-8000-00000000da4a',
    rev: 1,
    hlc: '001763629200000-0000-testnode1',
    deletedAt: null,
    subject: { kind: 'incident', id: '0190a000-0000-7000-8000-000000000001', ref: 'INC-2026-0001' },
    kind: 'file',
    name,
    mediaType: 'text/plain',
    size: 10,
    sha256: 'a'.repeat(64),
    acquiredAt: '2026-11-20T09:00:00.000Z',
    acquiredBy: 'Dana Reyes',
    source: { system: '', location: '', method: '' },
    description: '',
    tags: [],
    aiSystem: '',
    snapshot: null,
    hold: null,
    verification: { state: 'unverified', at: null, found: null },
    deleteReason: '',
    ...change,
  };
}

describe('filterEvidence', () => {
  const items = [
    item('a.log', { tags: ['logs'], size: 5, acquiredAt: '2026-11-20T09:01:00.000Z' }),
    item('b.png', {
      size: 50,
      hold: { placedAt: '2026-11-20T09:00:00.000Z', placedBy: 'Dana Reyes', reason: 'x' },
      verification: { state: 'mismatch', at: '2026-11-20T09:00:00.000Z', found: 'b'.repeat(64) },
    }),
    item('c.json', { kind: 'ai-system-snapshot', tags: ['snapshot', 'logs'], acquiredAt: '2026-11-20T09:02:00.000Z' }),
    item('gone.txt', { deletedAt: '2026-11-20T09:03:00.000Z' }),
  ];
  const names = (filter: Partial<typeof NO_EVIDENCE_FILTER>) =>
    filterEvidence(items, { ...NO_EVIDENCE_FILTER, ...filter }).map((entry) => entry.name);

  it('filters by type, tag, hold and verification, never shows deleted items, and sorts', () => {
    expect({
      all: names({}),
      snapshots: names({ kind: 'ai-system-snapshot' }),
      logs: names({ tag: 'logs' }),
      held: names({ hold: 'on-hold' }),
      notHeld: names({ hold: 'not-on-hold', sort: 'name' }),
      mismatch: names({ verification: 'mismatch' }),
      largest: names({ sort: 'size-desc' }),
    }).toEqual({
      all: ['c.json', 'a.log', 'b.png'],
      snapshots: ['c.json'],
      logs: ['c.json', 'a.log'],
      held: ['b.png'],
      notHeld: ['a.log', 'c.json'],
      mismatch: ['b.png'],
      largest: ['b.png', 'c.json', 'a.log'],
    });
    expect(tagsInUse(items)).toEqual(['logs', 'snapshot']);
  });
});

describe('previews', () => {
  it('chooses a safe preview by kind, type and name', () => {
    expect(
      [
        item('x.log', { mediaType: '' }),
        item('x.png', { mediaType: 'image/png' }),
        item('x.svg', { mediaType: 'image/svg+xml' }),
        item('report.pdf', { mediaType: 'application/pdf' }),
        item('config.json', { mediaType: 'application/json' }),
        item('chat-transcript.json', { mediaType: 'application/json' }),
        item('weights.safetensors', { mediaType: 'application/x-binary' }),
      ].map(previewKindOf),
    ).toEqual(['text', 'image', 'none', 'pdf', 'json', 'transcript', 'none']);
  });

  it('reads transcripts as arrays, {messages}, or JSON lines, and refuses anything else', () => {
    const turns = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello' },
    ];
    expect(parseTranscript(JSON.stringify(turns))).toEqual(turns);
    expect(parseTranscript(JSON.stringify({ messages: turns }))).toEqual(turns);
    expect(parseTranscript(turns.map((turn) => JSON.stringify(turn)).join('\n'))).toEqual(turns);
    expect(parseTranscript('{"not": "a transcript"}')).toBeNull();
    expect(parseTranscript('plain text')).toBeNull();
  });
});
