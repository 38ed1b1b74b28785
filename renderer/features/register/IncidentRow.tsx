/**
 * One incident in the register: a link named by its reference and title, with severity, phase, types and time; a
 * practice incident of a tabletop exercise is marked EXERCISE beside its reference and in its description.
 */
import { memo, type MouseEvent } from 'react';
import { INCIDENT_TYPE_INFO, PHASE_LABELS, SEVERITY_INFO } from '../../../shared/domain/incidents/taxonomy';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { formatDateTime, formatRelative } from '../../ui/formatTime';
import { PhaseBadge } from '../../ui/PhaseBadge';
import { SeverityBadge } from '../../ui/SeverityBadge';
import type { IncidentListItem } from './incidentIndex';

function open(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate({ name: 'incident', id });
}

function IncidentRowView({
  item,
  index,
  now,
}: {
  readonly item: IncidentListItem;
  readonly index: number;
  readonly now: number;
}) {
  const types = item.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', ');
  const declared = formatDateTime(item.declaredAt);
  const descriptionId = `incident-row-${item.id}`;
  return (
    <a
      className="incident-row"
      href={routeHref({ name: 'incident', id: item.id })}
      aria-label={`${item.ref} ${item.title}`}
      aria-describedby={descriptionId}
      data-row-index={index}
      onClick={(event) => open(event, item.id)}
    >
      <span className="visually-hidden" id={descriptionId}>
        {`${item.exercise ? 'Exercise practice incident, ' : ''}${item.severity} ${SEVERITY_INFO[item.severity].label}, ${PHASE_LABELS[item.phase]}, ${types}, declared ${declared}`}
      </span>
      <span className="cell cell-ref">
        <span className="mono">{item.ref}</span>
        {item.exercise ? (
          <span className="row-exercise" aria-hidden="true">
            EXERCISE
          </span>
        ) : null}
      </span>
      <span className="cell cell-title">
        <span className="row-title">{item.title}</span>
        <span className="row-types">{types}</span>
      </span>
      <span className="cell cell-severity">
        <SeverityBadge severity={item.severity} />
      </span>
      <span className="cell cell-phase">
        <PhaseBadge phase={item.phase} />
      </span>
      <span className="cell cell-declared">
        <time dateTime={item.declaredAt}>{declared}</time>
        <span className="row-relative">{formatRelative(item.declaredAt, now)}</span>
      </span>
    </a>
  );
}

/** Rows re-render only when their incident, position or the minute changes (not on every keystroke). */
export const IncidentRow = memo(IncidentRowView);
