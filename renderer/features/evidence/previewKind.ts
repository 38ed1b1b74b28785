/** Chooses how to preview an item from its kind, media type and name: never by running anything in it. */
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';

export type PreviewKind = 'snapshot' | 'image' | 'pdf' | 'json' | 'transcript' | 'text' | 'none';

/** Largest image or PDF shown inline (they must be read whole); bigger ones are exported to view. */
export const WHOLE_PREVIEW_LIMIT = 64 * 1024 * 1024;
/** How much of a text or log file is shown (the first megabytes); JSON pretty-printing reads up to this. */
export const TEXT_PREVIEW_BYTES = 4 * 1024 * 1024;

const TEXT_NAMES = /\.(txt|log|csv|tsv|md|yaml|yml|ini|cfg|conf|out|err|xml|html?|py|ts|js|sh)$/i;

export function previewKindOf(item: EvidenceItem): PreviewKind {
  if (item.kind === 'ai-system-snapshot') return 'snapshot';
  const type = item.mediaType.toLowerCase();
  const name = item.name.toLowerCase();
  if (/^image\/(png|jpeg|gif|webp|bmp|avif)$/.test(type)) return 'image';
  if (type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (/transcript|conversation|chat/.test(name) && (name.endsWith('.json') || name.endsWith('.jsonl'))) {
    return 'transcript';
  }
  if (type === 'application/json' || name.endsWith('.json')) return 'json';
  if (name.endsWith('.jsonl') || type.startsWith('text/') || TEXT_NAMES.test(name)) return 'text';
  if (type === '' || type === 'application/octet-stream') return 'text';
  return 'none';
}

export interface TranscriptTurn {
  readonly role: string;
  readonly content: string;
}

/** Reads a prompt/response transcript: an array of {role, content}, {messages: [...]}, or JSON lines of turns. */
export function parseTranscript(text: string): TranscriptTurn[] | null {
  const turnsOf = (value: unknown): TranscriptTurn[] | null => {
    const list = Array.isArray(value)
      ? value
      : typeof value === 'object' && value !== null && 'messages' in value
        ? value.messages
        : null;
    if (!Array.isArray(list)) return null;
    const turns: TranscriptTurn[] = [];
    for (const entry of list) {
      if (typeof entry !== 'object' || entry === null || !('role' in entry) || !('content' in entry)) return null;
      const content = typeof entry.content === 'string' ? entry.content : JSON.stringify(entry.content, null, 2);
      turns.push({ role: String(entry.role), content });
    }
    return turns;
  };
  try {
    return turnsOf(JSON.parse(text));
  } catch {
    try {
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      return turnsOf(lines.map((line) => JSON.parse(line) as unknown));
    } catch {
      return null;
    }
  }
}
