/**
 * Writing a scenario: a new one (version 1, draft), or an edit of a version — a draft changes in place, a published
 * or retired version becomes the next draft version. Built-ins are never edited here: they are duplicated first.
 */
import type { ScenarioBody } from '../../../shared/domain/exercises/scenario';
import { scenarioBody } from '../../../shared/domain/scenarios/library';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { createScenario, saveScenarioEdit } from '../../db/scenarios/scenarios';
import { showToast } from '../../ui/toastStore';
import { ScenarioForm } from './ScenarioForm';
import { EMPTY_SCENARIO, toValues } from './scenarioEditorValues';
import { findScenarioVersion, useScenarioLibrary } from './useScenarioLibrary';

export function ScenarioEditorScreen({ baseId }: { readonly baseId?: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const library = useScenarioLibrary();
  const base = baseId ? findScenarioVersion(library, baseId)?.version : undefined;
  useDocumentTitle(base ? `Edit ${base.overview.name}` : 'New scenario');
  if (baseId && library === undefined) return <p className="screen muted">Opening the scenario…</p>;
  if (baseId && !base) return <p className="screen">That scenario no longer exists.</p>;
  if (base?.builtIn) {
    return (
      <div className="screen">
        <h1>Built-in scenarios are read-only</h1>
        <p>
          Open it and choose <strong>Duplicate to edit</strong>.{' '}
          <a href={routeHref({ name: 'scenario', id: base.id })}>Back to {base.overview.name}</a>
        </p>
      </div>
    );
  }

  const save = async (body: ScenarioBody): Promise<void> => {
    const saved = base ? await saveScenarioEdit(db, actor, base.id, body) : await createScenario(db, actor, body);
    showToast('success', `Saved “${saved.overview.name}” v${saved.version} as a draft.`);
    navigate({ name: 'scenario', id: saved.id });
  };

  return (
    <div className="screen screen-runbook-editor screen-scenario-editor">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>{base ? `Edit ${base.overview.name}` : 'New scenario'}</h1>
          <p className="screen-subtitle">
            {base
              ? base.status === 'draft'
                ? `Editing draft version ${base.version}.`
                : `Version ${base.version} is ${base.status}; saving creates the next version as a draft. Exercises keep the version they ran.`
              : 'A new scenario is saved as a draft; publish it to plan exercises with it.'}
          </p>
        </div>
      </header>
      <ScenarioForm
        defaultValues={base ? toValues(scenarioBody(base)) : EMPTY_SCENARIO}
        submitLabel={base && base.status !== 'draft' ? 'Save as new version' : 'Save draft'}
        onSubmit={save}
        onCancel={() => navigate(base ? { name: 'scenario', id: base.id } : { name: 'scenarios' })}
      />
    </div>
  );
}
