/** Progress per phase at a glance: resolved of total steps, and how many are overdue. */
import type { PhaseProgress } from '../../../shared/domain/runbooks/checklist';
import { PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';

export function PhaseProgressList({ progress }: { readonly progress: readonly PhaseProgress[] }) {
  return (
    <ul className="phase-progress" aria-label="Checklist progress by phase">
      {progress.map((item) => {
        const percent = Math.round((item.resolved / item.total) * 100);
        return (
          <li key={item.phase} className={item.overdue > 0 ? 'phase-progress-item has-overdue' : 'phase-progress-item'}>
            <span className="phase-progress-name">{PHASE_LABELS[item.phase]}</span>
            <span className="phase-progress-count">
              {item.resolved} / {item.total} done
              {item.overdue > 0 ? <span className="phase-progress-overdue"> · {item.overdue} overdue</span> : null}
            </span>
            <span className="phase-progress-track" aria-hidden="true">
              <span className="phase-progress-fill" style={{ width: `${percent}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
