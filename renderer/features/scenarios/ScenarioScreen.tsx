/**
 * One scenario version: the situation manual (overview, objectives, modules with injects in MSEL order, hot wash) and
 * its versions; publish, retire, edit (a published version is never changed: editing makes the next draft), duplicate
 * (the only way to edit a built-in), and export as JSON or the inject list as CSV.
 */
import { SCENARIO_STATUS_LABELS } from '../../../shared/domain/scenarios/library';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { useReadOnly } from '../../app/useLegalReview';
import { routeHref } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { duplicateScenario, setScenarioStatus } from '../../db/scenarios/scenarios';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { VersionList } from '../../ui/VersionList';
import { exportInjectsCsv, exportScenarioJson } from './exportScenario';
import { ScenarioBodyView } from './ScenarioBodyView';
import { findScenarioVersion, useScenarioLibrary } from './useScenarioLibrary';

export function ScenarioScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const library = useScenarioLibrary();
  const found = findScenarioVersion(library, id);
  useDocumentTitle(found ? `${found.version.overview.name} v${found.version.version}` : 'Scenario');
  if (library === undefined) return <p className="screen muted">Opening the scenario…</p>;
  if (!found) {
    return (
      <div className="screen">
        <h1>Scenario not found</h1>
        <p className="muted">
          It may have been removed. <a href={routeHref({ name: 'scenarios' })}>Back to the scenario library</a>
        </p>
      </div>
    );
  }
  const { version: scenario, lineage } = found;
  const hasDraft = lineage.some((version) => version.status === 'draft');

  const run = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      showToast('error', describeError(error));
    }
  };
  const changeStatus = (to: 'published' | 'retired') =>
    run(async () => {
      const updated = await setScenarioStatus(db, actor, scenario.id, to);
      showToast(
        'success',
        `“${updated.overview.name}” v${updated.version} is ${SCENARIO_STATUS_LABELS[updated.status].toLowerCase()}.`,
      );
    });
  const duplicate = () =>
    run(async () => {
      const copy = await duplicateScenario(db, actor, scenario.id);
      showToast('success', `Duplicated as “${copy.overview.name}”, a draft you can edit.`);
      navigate({ name: 'scenario-edit', id: copy.id });
    });

  return (
    <div className="screen screen-scenario">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ name: 'scenarios' })}>Scenarios</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">v{scenario.version}</span>
      </nav>
      <header className="screen-header">
        <div className="screen-heading">
          <h1>{scenario.overview.name}</h1>
          <p className="runbook-facts">
            <Badge
              tone={scenario.status === 'published' ? 'success' : scenario.status === 'draft' ? 'warning' : 'neutral'}
            >
              Version {scenario.version} · {SCENARIO_STATUS_LABELS[scenario.status]}
            </Badge>
            {scenario.builtIn ? <Badge tone="accent">Built-in · read-only</Badge> : null}
            {scenario.derivedFrom ? (
              <span className="muted">
                Duplicated from {scenario.derivedFrom.builtIn ? 'built-in ' : ''}“{scenario.derivedFrom.name}” v
                {scenario.derivedFrom.version}
              </span>
            ) : null}
          </p>
        </div>
        <div className="screen-actions">
          <Button icon="download" onClick={() => void exportScenarioJson(scenario)}>
            Export JSON
          </Button>
          <Button icon="download" onClick={() => void exportInjectsCsv(scenario)}>
            Export injects CSV
          </Button>
          {readOnly ? null : scenario.builtIn ? (
            <Button variant="primary" icon="edit" onClick={() => void duplicate()}>
              Duplicate to edit
            </Button>
          ) : (
            <>
              <Button onClick={() => void duplicate()}>Duplicate</Button>
              {scenario.status === 'published' ? (
                <Button onClick={() => void changeStatus('retired')}>Retire</Button>
              ) : (
                <Button variant="primary" icon="check" onClick={() => void changeStatus('published')}>
                  Publish version {scenario.version}
                </Button>
              )}
              <Button
                icon="edit"
                variant={scenario.status === 'draft' ? 'secondary' : 'primary'}
                disabled={scenario.status !== 'draft' && hasDraft}
                title={
                  scenario.status !== 'draft' && hasDraft
                    ? 'A draft of this scenario is open; edit that one.'
                    : undefined
                }
                onClick={() => navigate({ name: 'scenario-edit', id: scenario.id })}
              >
                {scenario.status === 'draft' ? 'Edit draft' : 'Edit scenario'}
              </Button>
            </>
          )}
        </div>
      </header>
      <div className="incident-layout">
        <div className="incident-primary">
          <ScenarioBodyView body={scenario} />
        </div>
        <aside className="incident-secondary" aria-label="Versions">
          <section className="panel" aria-labelledby="scenario-versions">
            <h2 id="scenario-versions" className="panel-title">
              Versions
            </h2>
            <VersionList
              versions={lineage}
              currentId={scenario.id}
              href={(id) => routeHref({ name: 'scenario', id })}
              statusLabels={SCENARIO_STATUS_LABELS}
            />
            {scenario.builtIn ? (
              <p className="muted">
                Built-in scenarios are read-only and published. Duplicate one to adapt it; the copy is yours to edit and
                publish.
              </p>
            ) : null}
          </section>
        </aside>
      </div>
    </div>
  );
}
