/**
 * Key times: detected, became aware, declared, when each phase was entered, and the milestones recorded as facts —
 * impact started, first response, contained, recovered — each with who recorded it. "Containment entered" and
 * "Contained" are different facts; an unrecorded milestone says so and offers to record it.
 */
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  MILESTONE_ACTIONS,
  MILESTONE_LABELS,
  MILESTONES,
  type Milestone,
} from '../../../shared/domain/incidents/milestones';
import { PHASES, PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { useReadOnly } from '../../app/useLegalReview';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { RecordMilestoneDialog } from './RecordMilestoneDialog';

export function KeyTimesPanel({ incident }: { readonly incident: Incident }) {
  const readOnly = useReadOnly();
  const [recording, setRecording] = useState<Milestone | null>(null);
  // In the order they happened: after a reopen, a phase's latest entry can come after later phases'.
  const phaseTimes = PHASES.flatMap((phase) => {
    const at = incident.phaseEnteredAt[phase];
    return at ? [{ phase, at }] : [];
  }).sort((a, b) => a.at.localeCompare(b.at));
  const canRecord = !readOnly && incident.phase !== 'closed';
  return (
    <section className="panel" aria-labelledby="key-times-title">
      <h2 id="key-times-title" className="panel-title">
        Key times
      </h2>
      <dl className="facts-list">
        <div>
          <dt>Detected</dt>
          <dd>
            <DateTime iso={incident.detectedAt} />
          </dd>
        </div>
        <div>
          <dt>Became aware</dt>
          <dd>
            <DateTime iso={incident.awareAt} />
          </dd>
        </div>
        <div>
          <dt>Declared</dt>
          <dd>
            <DateTime iso={incident.declaredAt} />
          </dd>
        </div>
        {phaseTimes.map(({ phase, at }) => (
          <div key={phase}>
            <dt>{PHASE_LABELS[phase]} phase entered</dt>
            <dd>
              <DateTime iso={at} />
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="subsection-title milestones-title">Milestones</h3>
      <dl className="facts-list milestone-list" aria-label="Milestones">
        {MILESTONES.map((milestone) => {
          const fact = incident.milestones[milestone];
          return (
            <div key={milestone}>
              <dt>{MILESTONE_LABELS[milestone]}</dt>
              <dd>
                {fact ? (
                  <>
                    <DateTime iso={fact.at} />
                    <span className="milestone-by">
                      recorded by {fact.recordedBy}
                      {fact.evidenceIds.length > 0
                        ? `, ${fact.evidenceIds.length} evidence item${fact.evidenceIds.length === 1 ? '' : 's'}`
                        : ''}
                    </span>
                    {fact.note ? <span className="milestone-note">{fact.note}</span> : null}
                  </>
                ) : (
                  <span className="muted">Not recorded</span>
                )}
                {canRecord ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={
                      fact ? `Correct ${MILESTONE_LABELS[milestone].toLowerCase()}` : MILESTONE_ACTIONS[milestone]
                    }
                    onClick={() => setRecording(milestone)}
                  >
                    {fact ? 'Correct' : 'Record'}
                  </Button>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {recording ? (
        <RecordMilestoneDialog incident={incident} milestone={recording} onClose={() => setRecording(null)} />
      ) : null}
    </section>
  );
}
