/** One observable on the incident page: what it is, its markings, when it was seen, its evidence, where else. */
import { memo } from 'react';
import {
  OBSERVABLE_KIND_LABELS,
  PAP_MEANINGS,
  TLP_MEANINGS,
  type Observable,
} from '../../../shared/domain/observables/observable';
import type { Subject } from '../../../shared/domain/subject';
import { routeHref } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { PAP_TONES, TLP_TONES } from './observableLabels';

function ObservableRowView({
  observable,
  elsewhere,
  evidenceName,
  readOnly,
  onEdit,
  onRemove,
}: {
  readonly observable: Observable;
  readonly elsewhere: readonly Subject[];
  readonly evidenceName: string | undefined;
  readonly readOnly: boolean;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}) {
  const kind = OBSERVABLE_KIND_LABELS[observable.kind];
  const short = observable.value.length > 60 ? `${observable.value.slice(0, 60)}…` : observable.value;
  return (
    <li className="observable-row">
      <div className="observable-main">
        <span className="observable-kind">{kind}</span>
        <span className="observable-value mono" title={observable.kind === 'api-token' ? undefined : observable.value}>
          {observable.value}
        </span>
        {observable.kind === 'api-token' ? (
          <span className="muted observable-redacted">redacted; stored as SHA-256</span>
        ) : null}
        <span className="observable-markings">
          <Badge tone={TLP_TONES[observable.tlp]} title={TLP_MEANINGS[observable.tlp]}>
            TLP:{observable.tlp}
          </Badge>
          <Badge tone={PAP_TONES[observable.pap]} title={PAP_MEANINGS[observable.pap]}>
            PAP:{observable.pap}
          </Badge>
        </span>
      </div>
      <div className="observable-facts muted">
        {observable.firstSeen ? (
          <span>
            First seen <DateTime iso={observable.firstSeen} />
          </span>
        ) : null}
        {observable.lastSeen ? (
          <span>
            Last seen <DateTime iso={observable.lastSeen} />
          </span>
        ) : null}
        {observable.evidenceId ? (
          <span>
            Evidence:{' '}
            <a href={routeHref({ name: 'evidence-item', id: observable.evidenceId })}>
              {evidenceName ?? 'a removed item'}
            </a>
          </span>
        ) : null}
        {elsewhere.length > 0 ? (
          <span className="observable-elsewhere">
            Seen in {elsewhere.length === 1 ? '1 other incident' : `${elsewhere.length} other incidents`}:{' '}
            {elsewhere.slice(0, 5).map((subject, index) => (
              <span key={subject.id}>
                {index > 0 ? ', ' : null}
                <a className="mono" href={routeHref({ name: 'incident', id: subject.id })}>
                  {subject.ref}
                </a>
              </span>
            ))}
            {elsewhere.length > 5 ? ` and ${elsewhere.length - 5} more` : null}
          </span>
        ) : (
          <span>Not seen in other incidents</span>
        )}
      </div>
      {observable.note ? <p className="observable-note">{observable.note}</p> : null}
      {readOnly ? null : (
        <div className="observable-actions">
          <Button size="sm" variant="ghost" onClick={onEdit} aria-label={`Change ${kind.toLowerCase()} ${short}`}>
            Change
          </Button>
          <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove ${kind.toLowerCase()} ${short}`}>
            Remove
          </Button>
        </div>
      )}
    </li>
  );
}

export const ObservableRow = memo(ObservableRowView);
