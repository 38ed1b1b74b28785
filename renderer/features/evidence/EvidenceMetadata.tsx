/** What is recorded about an item: its bytes (size, type, SHA-256), where it came from, who acquired it and when. */
import { DateTime } from '../../ui/DateTime';
import { formatBytesExactly } from '../../../shared/domain/byteSize';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { formatDateTime } from '../../ui/formatTime';
import { KIND_LABELS } from './evidenceLabels';

export function EvidenceMetadata({ item, incidentRef }: { readonly item: EvidenceItem; readonly incidentRef: string }) {
  const rows: ReadonlyArray<readonly [string, React.ReactNode]> = [
    ['Kind', KIND_LABELS[item.kind]],
    ['Incident', incidentRef],
    ['Media type', item.mediaType],
    ['Size', formatBytesExactly(item.size)],
    ['SHA-256', <code className="hash-full">{item.sha256}</code>],
    ['Acquired', <DateTime iso={item.acquiredAt} />],
    ['Acquired by', item.acquiredBy],
    ['Source system', item.source.system || '—'],
    ['Location', item.source.location || '—'],
    ['Method', item.source.method || '—'],
    ['AI system', item.aiSystem || '—'],
    ['Tags', item.tags.length > 0 ? item.tags.join(', ') : '—'],
    ['Description', item.description || '—'],
    [
      'Legal hold',
      item.hold ? `Since ${formatDateTime(item.hold.placedAt)} by ${item.hold.placedBy}: ${item.hold.reason}` : 'None',
    ],
  ];
  return (
    <section className="panel" aria-labelledby="metadata-title">
      <h2 id="metadata-title" className="panel-title">
        Details
      </h2>
      <dl className="evidence-meta">
        {rows.map(([label, value]) => (
          <div key={label} className="evidence-meta-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
