/**
 * The tabletop scenario library: your scenarios and the built-ins, searchable and filtered by the capability they
 * exercise; new scenario and JSON import. Built-ins are read-only and are adapted by duplicating them.
 */
import { useId, useState } from 'react';
import {
  EXERCISE_CAPABILITIES,
  EXERCISE_CAPABILITY_LABELS,
  type ExerciseCapability,
} from '../../../shared/domain/exercises/scenario';
import { filterScenarios, shownVersion, type ScenarioVersion } from '../../../shared/domain/scenarios/library';
import { navigate } from '../../app/routeStore';
import { useReadOnly } from '../../app/useLegalReview';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { ImportScenarioButton } from './ImportScenarioButton';
import { ScenarioCard } from './ScenarioCard';
import { useScenarioLibraryStore } from './scenarioLibraryStore';
import { useScenarioLibrary } from './useScenarioLibrary';

interface LibraryEntry {
  readonly shown: ScenarioVersion;
  readonly draft: ScenarioVersion | undefined;
}

export function ScenarioLibraryScreen() {
  useDocumentTitle('Scenarios');
  const readOnly = useReadOnly();
  const library = useScenarioLibrary();
  const { text, capability, setText, setCapability, clear } = useScenarioLibraryStore();
  const [importError, setImportError] = useState<string | undefined>();
  const searchId = useId();
  const capabilityId = useId();

  const entries: LibraryEntry[] = [];
  for (const versions of library?.values() ?? []) {
    const shown = shownVersion(versions);
    const newest = versions[0];
    if (shown)
      entries.push({ shown, draft: newest && newest !== shown && newest.status === 'draft' ? newest : undefined });
  }
  const matching = new Set(
    filterScenarios(
      entries.map((entry) => entry.shown),
      { text, capabilities: capability ? [capability] : [] },
    ),
  );
  const visible = entries
    .filter((entry) => matching.has(entry.shown))
    .sort((a, b) => a.shown.overview.name.localeCompare(b.shown.overview.name));
  const own = visible.filter((entry) => !entry.shown.builtIn);
  const builtIn = visible.filter((entry) => entry.shown.builtIn);
  const filtered = text.trim() !== '' || capability !== '';
  const ownTotal = entries.filter((entry) => !entry.shown.builtIn).length;

  return (
    <div className="screen screen-scenarios">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Scenarios</h1>
          <p className="screen-subtitle">
            Tabletop scenarios for AI incidents: objectives mapped to capabilities, modules and their injects (the
            master scenario events list). Published scenarios can be run as exercises.
          </p>
        </div>
        {readOnly ? null : (
          <div className="screen-actions">
            <ImportScenarioButton onError={setImportError} />
            <Button variant="primary" icon="plus" onClick={() => navigate({ name: 'scenario-new' })}>
              New scenario
            </Button>
          </div>
        )}
      </header>
      {importError ? (
        <div className="banner banner-danger" role="alert">
          {importError}
        </div>
      ) : null}
      <div className="scenario-toolbar" role="search">
        <div className="search-box">
          <Icon name="search" />
          <label htmlFor={searchId} className="visually-hidden">
            Search scenarios
          </label>
          <input
            id={searchId}
            className="search-input"
            type="search"
            placeholder="Search names, threats and injects"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="scenario-filter">
          <label className="inline-label" htmlFor={capabilityId}>
            Capability
          </label>
          <select
            id={capabilityId}
            className="select"
            value={capability}
            onChange={(event) => setCapability(event.target.value as ExerciseCapability | '')}
          >
            <option value="">Any capability</option>
            {EXERCISE_CAPABILITIES.map((id) => (
              <option key={id} value={id}>
                {EXERCISE_CAPABILITY_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <Button size="sm" variant="ghost" icon="x" onClick={clear}>
            Clear filters
          </Button>
        ) : null}
      </div>
      {library === undefined ? <p className="muted">Loading scenarios…</p> : null}
      {library !== undefined && visible.length === 0 ? (
        <EmptyState icon="search" title="No scenario matches" actions={<Button onClick={clear}>Clear filters</Button>}>
          <p>Try other words, or another capability.</p>
        </EmptyState>
      ) : null}
      {library !== undefined && visible.length > 0 ? (
        <>
          <section aria-labelledby="own-scenarios" className="scenario-section">
            <h2 id="own-scenarios" className="section-title">
              Your scenarios
            </h2>
            {own.length > 0 ? (
              <ul className="runbook-cards" aria-label="Your scenarios">
                {own.map((entry) => (
                  <ScenarioCard key={entry.shown.lineageId} shown={entry.shown} draft={entry.draft} />
                ))}
              </ul>
            ) : ownTotal === 0 ? (
              <EmptyState icon="flag" title="No scenarios of your own yet">
                <p>
                  Open a built-in scenario below and choose <strong>Duplicate to edit</strong> to adapt it to your
                  organisation, write one with <strong>New scenario</strong>, or import a scenario file.
                </p>
              </EmptyState>
            ) : (
              <p className="muted">None of your scenarios match.</p>
            )}
          </section>
          <section aria-labelledby="built-in-scenarios" className="scenario-section">
            <h2 id="built-in-scenarios" className="section-title">
              Built-in scenarios
            </h2>
            {builtIn.length > 0 ? (
              <ul className="runbook-cards" aria-label="Built-in scenarios">
                {builtIn.map((entry) => (
                  <ScenarioCard key={entry.shown.lineageId} shown={entry.shown} draft={undefined} />
                ))}
              </ul>
            ) : (
              <p className="muted">No built-in scenario matches.</p>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
