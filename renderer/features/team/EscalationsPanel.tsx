/**
 * Escalations this incident requires under the escalation matrix (Settings): who must be engaged by when, counted
 * from the declaration, and whether that is done, due or overdue. Marking one engaged goes on the timeline. The
 * engagements come from the incident's timeline as the timeline panel follows it (`useTimeline`): a new entry reads
 * one row, not the whole timeline, and the panel re-renders only when an engagement changes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { escalationsFor, type EscalationRule } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { engagementsIn, readEscalationRules } from '../../db/team/queries';
import { markEscalationEngaged } from '../../db/team/team';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { useNow } from '../../ui/useNow';
import { useTimeline } from '../incident/useTimeline';

const STATUS = {
  engaged: { label: 'Engaged', tone: 'success' },
  due: { label: 'Due', tone: 'neutral' },
  overdue: { label: 'Overdue', tone: 'danger' },
} as const;

export function EscalationsPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  const now = useNow();
  const reviewOn = useReadOnly();
  const rules = useLiveQuery(() => readEscalationRules(db), [db]);
  const entries = useTimeline(incident.id);
  const engaged = useMemo(() => (entries ? engagementsIn(entries) : undefined), [entries]);
  if (!rules || !engaged) return null;
  const states = escalationsFor(rules, incident, engaged, now);

  const engage = async (rule: EscalationRule): Promise<void> => {
    try {
      await markEscalationEngaged(db, actor, incident.id, rule);
    } catch (error) {
      showToast('error', describeError(error));
    }
  };

  return (
    <section className="panel" aria-labelledby="escalations-title">
      <h2 id="escalations-title" className="panel-title">
        Escalations
      </h2>
      {incident.exercise ? (
        <p className="muted">A practice incident of exercise {incident.exercise.ref} requires no real escalation.</p>
      ) : states.length === 0 ? (
        <p className="muted">The escalation matrix names nobody for {incident.severity}.</p>
      ) : (
        <ul className="team-list" aria-label="Required escalations">
          {states.map(({ rule, dueAt, status }) => {
            const engagement = engaged.get(rule.id);
            return (
              <li key={rule.id} className={status === 'overdue' ? 'team-role is-overdue' : 'team-role'}>
                <div className="team-role-main">
                  <span className="team-role-name">
                    {rule.engage} <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
                  </span>
                  <span className="muted">
                    by <DateTime iso={dueAt} format="auto" />
                  </span>
                  {engagement ? (
                    <span className="muted">
                      Engaged <DateTime iso={engagement.at} format="auto" /> by {engagement.by}
                    </span>
                  ) : null}
                </div>
                {status === 'engaged' || incident.phase === 'closed' || reviewOn ? null : (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Mark engaged: ${rule.engage}`}
                    onClick={() => void engage(rule)}
                  >
                    Mark engaged
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
