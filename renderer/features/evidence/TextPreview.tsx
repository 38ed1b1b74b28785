/**
 * Text and logs: the first megabytes, decoded as UTF-8, shown as text nodes (never as HTML), with a search box that
 * keeps only the matching lines and marks the matches.
 */
import { useEffect, useMemo, useState } from 'react';
import { Field } from '../../ui/Field';
import { formatBytes } from '../../../shared/domain/byteSize';

const MAX_LINES_SHOWN = 5_000;

function Highlighted({ line, query }: { readonly line: string; readonly query: string }) {
  if (query === '') return <>{line}</>;
  const parts: React.ReactNode[] = [];
  const lower = line.toLowerCase();
  let from = 0;
  let at = lower.indexOf(query, from);
  while (at !== -1) {
    parts.push(line.slice(from, at), <mark key={at}>{line.slice(at, at + query.length)}</mark>);
    from = at + query.length;
    at = lower.indexOf(query, from);
  }
  parts.push(line.slice(from));
  return <>{parts}</>;
}

export function TextPreview({ blob, totalSize }: { readonly blob: Blob; readonly totalSize: number }) {
  const [text, setText] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    void blob.arrayBuffer().then((buffer) => {
      if (live) setText(new TextDecoder('utf-8', { fatal: false }).decode(buffer));
    });
    return () => {
      live = false;
    };
  }, [blob]);
  const lines = useMemo(() => (text === null ? [] : text.split(/\r?\n/)), [text]);
  const needle = query.trim().toLowerCase();
  const matching = needle === '' ? lines : lines.filter((line) => line.toLowerCase().includes(needle));
  if (text === null) return <p className="muted">Reading…</p>;
  const binary = text.slice(0, 4096).includes('\u0000');
  if (binary) return <p className="muted">This file is binary; export it to examine it with a suitable tool.</p>;
  return (
    <div className="text-preview">
      <div className="text-preview-bar">
        <Field label="Search in preview">
          {(control) => (
            <input
              {...control}
              type="search"
              className="input"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
        </Field>
        <p className="muted" aria-live="polite">
          {needle === ''
            ? `${lines.length.toLocaleString('en-GB')} lines`
            : `${matching.length.toLocaleString('en-GB')} matching lines`}
          {blob.size < totalSize ? ` in the first ${formatBytes(blob.size)} of ${formatBytes(totalSize)}` : ''}
        </p>
      </div>
      <pre className="text-preview-body" tabIndex={0} aria-label="File content">
        {matching.slice(0, MAX_LINES_SHOWN).map((line, index) => (
          <span key={index} className="text-line">
            <Highlighted line={line} query={needle} />
            {'\n'}
          </span>
        ))}
      </pre>
      {matching.length > MAX_LINES_SHOWN ? (
        <p className="muted">Showing the first {MAX_LINES_SHOWN.toLocaleString('en-GB')} lines; search to narrow.</p>
      ) : null}
    </div>
  );
}
