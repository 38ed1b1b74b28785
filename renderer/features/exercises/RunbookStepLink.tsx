/** Names the runbook step an expected action points at (built-in runbooks by title and step). */
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import type { RunbookStepLink as StepLink } from '../../../shared/domain/exercises/scenario';
import { routeHref } from '../../app/routes';

export function RunbookStepLink({ link }: { readonly link: StepLink }) {
  const runbook = BUILT_IN_RUNBOOKS.find((candidate) => candidate.lineageId === link.lineageId);
  const step = runbook?.phases.flatMap((phase) => phase.steps).find((candidate) => candidate.id === link.stepId);
  if (!runbook) return <span>Runbook step {link.stepId}</span>;
  return (
    <a href={routeHref({ name: 'runbook', id: runbook.id })}>
      {runbook.title}: {step?.title ?? link.stepId}
    </a>
  );
}
