/**
 * The blameless check beside a text field: each blaming phrase or person's name found, with a suggestion. Advice
 * only — the author may keep the text, and saving is never blocked.
 */
import { useMemo } from 'react';
import { checkBlame } from '../../../shared/domain/reviews/blameCheck';

export function BlameHints({ text, people }: { readonly text: string; readonly people: readonly string[] }) {
  const findings = useMemo(() => checkBlame(text, people), [text, people]);
  if (findings.length === 0) return null;
  return (
    <div className="blame-hints" role="note" aria-label="Blameless wording check">
      <p className="blame-hints-title">Blameless check — you may keep this text:</p>
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.index}-${finding.match}`}>
            <strong>“{finding.match}”</strong> — {finding.suggestion}
          </li>
        ))}
      </ul>
    </div>
  );
}
