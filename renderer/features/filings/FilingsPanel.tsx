/**
 * The incident's regulatory filings: for every stage of every regime that applies, the filing's status and the way
 * to it — draft it (pre-filled from what is recorded) or open it. Practice incidents never file.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FILING_STATUS_LABELS, type Filing } from '../../../shared/domain/filings/filing';
import { filingKindOf } from '../../../shared/domain/filings/requirements';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { REGIME_STAGES } from '../../../shared/domain/regulatory/clockInput';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { useReadOnly } from '../../app/useLegalReview';
import { draftFiling } from '../../db/filings/filings';
import { liveFilingsOfIncident } from '../../db/filings/queries';
import { liveRegulatoryProfile } from '../../db/regulatory/queries';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { regimeName } from '../regulatory/regimeLabels';

const STATUS_TONES = { draft: 'warning', approved: 'accent', submitted: 'success' } as const;

function FilingStatus({ filing }: { readonly filing: Filing }) {
  return (
    <>
      {filing.ref} <Badge tone={STATUS_TONES[filing.status]}>{FILING_STATUS_LABELS[filing.status]}</Badge>
    </>
  );
}

export function FilingsPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const [error, setError] = useState<string | undefined>();
  const data = useLiveQuery(
    async () => ({
      profile: await liveRegulatoryProfile(db, incident.id),
      filings: await liveFilingsOfIncident(db, incident.id),
    }),
    [db, incident.id],
  );
  if (data === undefined) return null;
  const stages = (data.profile?.regimes ?? []).flatMap(({ regime }) =>
    REGIME_STAGES[regime].map((stage) => ({ regime, stage, kind: filingKindOf(regime, stage) })),
  );
  const draft = async (regime: string, stage: string) => {
    setError(undefined);
    try {
      const filing = await draftFiling(db, actor, incident.id, { regime, stage });
      navigate({ name: 'filing', id: filing.id });
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  return (
    <section className="panel panel-filings" aria-labelledby="filings-title">
      <h2 id="filings-title" className="panel-title">
        Filings
      </h2>
      {incident.exercise !== null ? (
        <p className="muted">Exercises never file: this is a practice incident of {incident.exercise.ref}.</p>
      ) : stages.length === 0 ? (
        <p className="muted">
          No filing is due yet. Choose the regimes that apply under Regulatory clocks; each stage’s filing can then be
          drafted here, pre-filled from the incident.
        </p>
      ) : (
        <ul className="filing-list" aria-label="Filings by regime and stage">
          {stages.map(({ regime, stage, kind }) => {
            const filing = data.filings.find((held) => held.regime === regime && held.stage === stage);
            const title = kind?.title ?? stage;
            return (
              <li key={`${regime}:${stage}`} className="filing-row" aria-label={title}>
                <div className="filing-row-text">
                  <span className="filing-row-title">{title}</span>
                  <span className="muted">
                    {regimeName(regime)}
                    {filing ? ' · ' : ''}
                    {filing ? <FilingStatus filing={filing} /> : null}
                  </span>
                </div>
                {filing ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Open filing ${filing.ref}`}
                    onClick={() => navigate({ name: 'filing', id: filing.id })}
                  >
                    Open
                  </Button>
                ) : readOnly ? null : (
                  <Button size="sm" aria-label={`Draft filing: ${title}`} onClick={() => void draft(regime, stage)}>
                    Draft filing
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
