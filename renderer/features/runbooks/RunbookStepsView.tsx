/** A runbook version's steps, read-only, grouped by phase: owner, due offset, critical, evidence, instructions. */
import { formatDueOffset, type RunbookContent } from '../../../shared/domain/runbooks/runbook';
import { PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { roleName } from '../../../shared/domain/team/team';
import { Badge } from '../../ui/Badge';
import { SafeMarkdown } from '../../ui/SafeMarkdown';

export function RunbookStepsView({ runbook }: { readonly runbook: RunbookContent }) {
  return (
    <>
      {runbook.phases.map((block) => (
        <section key={block.phase} className="checklist-phase" aria-label={`${PHASE_LABELS[block.phase]} steps`}>
          <h3 className="checklist-phase-title">{PHASE_LABELS[block.phase]}</h3>
          <ol className="checklist-steps">
            {block.steps.map((step) => (
              <li key={step.id} className="checklist-step">
                <div className="checklist-step-main">
                  <div className="checklist-step-head">
                    <span className="checklist-step-title">{step.title}</span>
                    {step.critical ? <Badge tone="danger">Critical</Badge> : null}
                    {step.evidenceRequired ? <Badge>Evidence required</Badge> : null}
                  </div>
                  <p className="checklist-step-meta">
                    <span>{roleName(step.ownerRole)}</span>
                    <span>Due {formatDueOffset(step.dueMinutes)} after declaration</span>
                  </p>
                  {step.instructions ? <SafeMarkdown source={step.instructions} /> : null}
                  {step.subSteps.length > 0 ? (
                    <ul className="checklist-substeps">
                      {step.subSteps.map((subStep) => (
                        <li key={subStep}>{subStep}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
