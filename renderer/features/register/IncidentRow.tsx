/**
 * One incident in the register: a link named by all it shows (reference, title, types, severity, phase and time), and
 * its words in order; a practice incident of a tabletop exercise is marked EXERCISE beside its reference.
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
  const relative = formatRelative(item.declaredAt, now);
  const descriptionId = `incident-row-${item.id}`;
  // The link is named by exactly what it shows, in order (WCAG 2.5.3 "label in name"), so speech users can say any of
  // it; the spaces between cells keep the words apart. Severity and phase in words are in the description.
  const shown = [item.ref, item.exercise ? 'EXERCISE' : '', item.title, types, item.severity, PHASE_LABELS[item.phase]];
  const name = [...shown, declared, relative].filter(Boolean).join(' ');
  return (
    <>
      <a
        className="incident-row"
        href={routeHref({ name: 'incident', id: item.id })}
        aria-label={name}
        aria-describedby={descriptionId}
        data-row-index={index}
        onClick={(event) => open(event, item.id)}
      >
        <span className="cell cell-ref">
          <span className="mono">{item.ref}</span>
          {item.exercise ? (
            <>
              {' '}
              <span className="row-exercise">EXERCISE</span>
            </>
          ) : null}
        </span>{' '}
        <span className="cell cell-title">
          <span className="row-title">{item.title}</span> <span className="row-types">{types}</span>
        </span>{' '}
        <span className="cell cell-severity">
          <SeverityBadge severity={item.severity} />
        </span>{' '}
        <span className="cell cell-phase">
          <PhaseBadge phase={item.phase} />
        </span>{' '}
        <span className="cell cell-declared">
          <time dateTime={item.declaredAt}>{declared}</time> <span className="row-relative">{relative}</span>
        </span>
      </a>
      <span className="visually-hidden" id={descriptionId}>
        {`${item.exercise ? 'Exercise practice incident, ' : ''}${item.severity} ${SEVERITY_INFO[item.severity].label}, ${PHASE_LABELS[item.phase]}, ${types}, declared ${declared}`}
      </span>
    </>
  );
}

/** Rows re-render only when their incident, position or the minute changes (not on every keystroke). */
export const IncidentRow = memo(IncidentRowView);
