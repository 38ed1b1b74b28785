/** One scenario in the library: name, status, scope, the capabilities it exercises and the size of its MSEL. */
import { EXERCISE_CAPABILITY_LABELS, injectsInOrder } from '../../../shared/domain/exercises/scenario';
import {
  SCENARIO_STATUS_LABELS,
  scenarioCapabilities,
  type ScenarioVersion,
} from '../../../shared/domain/scenarios/library';
import { routeHref } from '../../app/routes';
import { Badge } from '../../ui/Badge';

export function ScenarioCard({
  shown,
  draft,
}: {
  readonly shown: ScenarioVersion;
  /** A newer draft of the same lineage, when the card shows its published version. */
  readonly draft: ScenarioVersion | undefined;
}) {
  const injects = injectsInOrder(shown);
  return (
    <li className="runbook-card scenario-card">
      <div className="runbook-card-head">
        <a className="runbook-card-title" href={routeHref({ name: 'scenario', id: shown.id })}>
          {shown.overview.name}
        </a>
        <span className="runbook-card-badges">
          {shown.builtIn ? <Badge tone="accent">Built-in</Badge> : null}
          <Badge tone={shown.status === 'published' ? 'success' : shown.status === 'draft' ? 'warning' : 'neutral'}>
            v{shown.version} {SCENARIO_STATUS_LABELS[shown.status]}
          </Badge>
          {draft ? <Badge tone="warning">Draft v{draft.version}</Badge> : null}
        </span>
      </div>
      <p className="runbook-card-purpose scenario-card-scope">{shown.overview.threat}</p>
      <p className="runbook-card-meta muted">
        {shown.modules.length} modules · {injects.length} injects ·{' '}
        {scenarioCapabilities(shown)
          .map((capability) => EXERCISE_CAPABILITY_LABELS[capability])
          .join(', ')}
      </p>
    </li>
  );
}
