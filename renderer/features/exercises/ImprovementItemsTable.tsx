/** Improvement items tracked to done: owner, due date, status, and the runbook draft a corrective action opened. */
import { useState } from 'react';
import { EXERCISE_CAPABILITY_LABELS } from '../../../shared/domain/exercises/scenario';
import {
  CAPABILITY_ELEMENT_LABELS,
  IMPROVEMENT_STATUSES,
  IMPROVEMENT_STATUS_LABELS,
  isOverdue,
  type ImprovementItem,
  type ImprovementStatus,
} from '../../../shared/domain/exercises/improvement';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { routeHref } from '../../app/routes';
import { useReadOnly } from '../../app/useLegalReview';
import { setImprovementStatus } from '../../db/exercises/evaluation';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { OpenRunbookDraftDialog } from './OpenRunbookDraftDialog';

export function ImprovementItemsTable({
  items,
  showExercise = false,
}: {
  readonly items: readonly ImprovementItem[];
  readonly showExercise?: boolean;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const [drafting, setDrafting] = useState<ImprovementItem | null>(null);
  const today = new Date().toISOString().slice(0, 10);

  const changeStatus = async (item: ImprovementItem, status: ImprovementStatus) => {
    try {
      await setImprovementStatus(db, actor, item.id, status);
      showToast('success', `Marked “${item.correctiveAction}” ${IMPROVEMENT_STATUS_LABELS[status].toLowerCase()}.`);
    } catch (error) {
      showToast('error', describeError(error));
    }
  };

  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Improvement items">
        <thead>
          <tr>
            {showExercise ? <th scope="col">Exercise</th> : null}
            <th scope="col">Capability</th>
            <th scope="col">Issue</th>
            <th scope="col">Corrective action</th>
            <th scope="col">Element</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Runbook change</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              {showExercise ? (
                <td className="mono">
                  <a href={routeHref({ name: 'exercise-evaluate', id: item.exerciseId })}>{item.exerciseRef}</a>
                </td>
              ) : null}
              <td>{EXERCISE_CAPABILITY_LABELS[item.capability]}</td>
              <td>{item.issue}</td>
              <th scope="row">{item.correctiveAction}</th>
              <td>{CAPABILITY_ELEMENT_LABELS[item.element]}</td>
              <td>{item.owner.name}</td>
              <td>
                {item.completionDate} {isOverdue(item, today) ? <Badge tone="danger">Overdue</Badge> : null}
              </td>
              <td>
                {readOnly ? (
                  IMPROVEMENT_STATUS_LABELS[item.status]
                ) : (
                  <select
                    className="select"
                    aria-label={`Status of “${item.correctiveAction}”`}
                    value={item.status}
                    onChange={(event) => {
                      const status = IMPROVEMENT_STATUSES.find((value) => value === event.target.value);
                      if (status) void changeStatus(item, status);
                    }}
                  >
                    {IMPROVEMENT_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {IMPROVEMENT_STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td>
                {item.runbookDraft ? (
                  <a href={routeHref({ name: 'runbook', id: item.runbookDraft.id })}>
                    Draft v{item.runbookDraft.version} of {item.runbookDraft.title}
                  </a>
                ) : readOnly ? (
                  '—'
                ) : (
                  <Button
                    size="sm"
                    onClick={() => setDrafting(item)}
                    aria-label={`Open a runbook draft for “${item.correctiveAction}”`}
                  >
                    Open runbook draft
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {drafting ? <OpenRunbookDraftDialog item={drafting} onClose={() => setDrafting(null)} /> : null}
    </div>
  );
}
