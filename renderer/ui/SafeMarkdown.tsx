/**
 * A small, safe subset of Markdown rendered straight to React elements: paragraphs, bullet and numbered lists,
 * **strong**, *emphasis* and `code`. Links are shown as text (label and address), never followed: the console is
 * offline and a runbook from another team must not carry clickable addresses. No HTML is ever interpreted, because
 * nothing here goes through innerHTML; React escapes every string.
 */
import type { ReactNode } from 'react';

type Block = { kind: 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

function blocks(source: string): Block[] {
  const result: Block[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) result.push({ kind: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flush();
      const kind = bullet ? 'ul' : 'ol';
      const last = result.at(-1);
      if (last && last.kind === kind) last.items.push(item[1] ?? '');
      else result.push({ kind, items: [item[1] ?? ''] });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return result;
}

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*]+\*|_[^_]+_|\[[^\]]+\]\([^)]+\))/g;

function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, index) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
      return <code key={index}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    if ((part.startsWith('*') && part.endsWith('*')) || (part.startsWith('_') && part.endsWith('_'))) {
      if (part.length > 2) return <em key={index}>{part.slice(1, -1)}</em>;
    }
    const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
    if (link) {
      return (
        <span key={index} className="md-link">
          {link[1]} <span className="muted">({link[2]})</span>
        </span>
      );
    }
    return part;
  });
}

export function SafeMarkdown({ source, className }: { readonly source: string; readonly className?: string }) {
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')}>
      {blocks(source).map((block, index) => {
        if (block.kind === 'p') return <p key={index}>{inline(block.text)}</p>;
        const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{inline(item)}</li>);
        return block.kind === 'ul' ? <ul key={index}>{items}</ul> : <ol key={index}>{items}</ol>;
      })}
    </div>
  );
}
