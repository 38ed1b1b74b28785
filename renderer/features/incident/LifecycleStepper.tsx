/** The lifecycle as a stepper: every phase in order, the ones passed ticked, the current one highlighted. */
import { PHASES, PHASE_LABELS, type Phase } from '../../../shared/domain/incidents/taxonomy';
import { phaseIndex } from '../../../shared/domain/incidents/lifecycle';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { Icon } from '../../ui/Icon';

function stepState(phase: Phase, current: Phase): 'done' | 'current' | 'todo' {
  if (phase === current) return 'current';
  return phaseIndex(phase) < phaseIndex(current) ? 'done' : 'todo';
}

export function LifecycleStepper({ incident }: { readonly incident: Incident }) {
  return (
    <section className="stepper" aria-label="Lifecycle">
      <ol className="stepper-list">
        {PHASES.map((phase, index) => {
          const state = stepState(phase, incident.phase);
          return (
            <li key={phase} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-marker" aria-hidden="true">
                {state === 'done' ? <Icon name="check" size={12} /> : index + 1}
              </span>
              <span className="step-text">
                <span className="step-label">{PHASE_LABELS[phase]}</span>
                <span className="step-meta">
                  {state === 'current' ? 'Current phase' : state === 'done' ? 'Done' : 'Not started'}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
