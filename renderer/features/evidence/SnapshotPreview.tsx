/** An AI system snapshot as recorded: model, version, hashes, guardrails, RAG index and the system prompt. */
import type { AiSystemSnapshot } from '../../../shared/domain/evidence/evidence';
import { DateTime } from '../../ui/DateTime';

export function SnapshotPreview({ snapshot }: { readonly snapshot: AiSystemSnapshot }) {
  const rows: ReadonlyArray<readonly [string, string]> = [
    ['Model id', snapshot.modelId],
    ['Model version', snapshot.modelVersion],
    ['Weights or config hash', snapshot.weightsOrConfigHash || '—'],
    ['Guardrail versions', snapshot.guardrailVersions || '—'],
    ['RAG index version', snapshot.ragIndexVersion || '—'],
  ];
  return (
    <div className="snapshot-preview">
      <p className="muted">
        Captured <DateTime iso={snapshot.capturedAt} />
      </p>
      <dl className="evidence-meta">
        {rows.map(([label, value]) => (
          <div key={label} className="evidence-meta-row">
            <dt>{label}</dt>
            <dd className="mono">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="snapshot-prompt-title">System prompt</h3>
      <pre className="text-preview-body">{snapshot.systemPrompt || '—'}</pre>
    </div>
  );
}
