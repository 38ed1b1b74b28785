/** One evidence item in a list: a link named by the item's name, with kind, size, hash, verification and hold. */
import type { MouseEvent } from 'react';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/formatTime';
import { formatBytes } from '../../../shared/domain/byteSize';
import { VERIFICATION_LABELS, type EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { KIND_LABELS, shortHash, VERIFICATION_TONES } from './evidenceLabels';

function open(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate({ name: 'evidence-item', id });
}

export function EvidenceRow({
  item,
  index,
  incidentRef,
}: {
  readonly item: EvidenceItem;
  readonly index: number;
  readonly incidentRef?: string | undefined;
}) {
  return (
    <a
      className="evidence-row"
      href={routeHref({ name: 'evidence-item', id: item.id })}
      aria-label={item.name}
      data-row-index={index}
      onClick={(event) => open(event, item.id)}
    >
      <span className="cell cell-name">
        <span className="row-title">{item.name}</span>
        <span className="row-types">
          {[incidentRef, KIND_LABELS[item.kind], item.mediaType, ...item.tags.map((tag) => `#${tag}`)]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </span>
      <span className="cell cell-size">{formatBytes(item.size)}</span>
      <span className="cell cell-hash mono" title={item.sha256}>
        {shortHash(item.sha256)}
      </span>
      <span className="cell cell-badges">
        <Badge tone={VERIFICATION_TONES[item.verification.state]}>{VERIFICATION_LABELS[item.verification.state]}</Badge>
        {item.hold ? <Badge tone="warning">Legal hold</Badge> : null}
      </span>
      <span className="cell cell-acquired">
        <time dateTime={item.acquiredAt}>{formatDateTime(item.acquiredAt)}</time>
      </span>
    </a>
  );
}
