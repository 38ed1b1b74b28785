/**
 * One runbook version: purpose, activation criteria, ATLAS techniques and steps by phase; its versions with their
 * status; publish, retire, edit (a published version is never changed: editing makes the next version) and export;
 * and the diff against any other version.
 */
import { useState } from 'react';
import { RUNBOOK_STATUS_LABELS, runbookContent } from '../../../shared/domain/runbooks/runbook';
import { ATLAS_TECHNIQUES, INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { useReadOnly } from '../../app/useLegalReview';
import { routeHref } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { setRunbookStatus } from '../../db/runbooks/runbooks';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { SafeMarkdown } from '../../ui/SafeMarkdown';
import { showToast } from '../../ui/toastStore';
import { VersionList } from '../../ui/VersionList';
import { exportRunbook } from './exportRunbook';
import { RunbookDiffView } from './RunbookDiffView';
import { RunbookStepsView } from './RunbookStepsView';
import { useRunbookLibrary } from './useRunbookLibrary';

const TECHNIQUE_NAMES: Readonly<Partial<Record<string, string>>> = ATLAS_TECHNIQUES;

export function RunbookScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const library = useRunbookLibrary();
  const [compareId, setCompareId] = useState('');
  const versions = library ? [...library.values()].find((lineage) => lineage.some((v) => v.id === id)) : undefined;
  const runbook = versions?.find((version) => version.id === id);
  useDocumentTitle(runbook ? `${runbook.title} v${runbook.version}` : 'Runbook');
  if (library === undefined) return <p className="screen muted">Opening the runbook…</p>;
  if (!runbook || !versions) {
    return (
      <div className="screen">
        <h1>Runbook not found</h1>
        <p className="muted">
          It may have been removed. <a href={routeHref({ name: 'runbooks' })}>Back to the runbook library</a>
        </p>
      </div>
    );
  }
  const compare = versions.find((version) => version.id === compareId);
  const hasDraft = versions.some((version) => version.status === 'draft');

  const changeStatus = async (to: 'published' | 'retired'): Promise<void> => {
    try {
      const updated = await setRunbookStatus(db, actor, runbook.id, to);
      showToast(
        'success',
        `“${updated.title}” v${updated.version} is ${RUNBOOK_STATUS_LABELS[updated.status].toLowerCase()}.`,
      );
    } catch (error) {
      showToast('error', describeError(error));
    }
  };

  return (
    <div className="screen screen-runbook">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ name: 'runbooks' })}>Runbooks</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">v{runbook.version}</span>
      </nav>
      <header className="screen-header">
        <div className="screen-heading">
          <h1>{runbook.title}</h1>
          <p className="runbook-facts">
            <Badge
              tone={runbook.status === 'published' ? 'success' : runbook.status === 'draft' ? 'warning' : 'neutral'}
            >
              Version {runbook.version} · {RUNBOOK_STATUS_LABELS[runbook.status]}
            </Badge>
            {runbook.builtIn ? <Badge tone="accent">Built-in</Badge> : null}
          </p>
        </div>
        <div className="screen-actions">
          <Button icon="download" onClick={() => void exportRunbook(runbook)}>
            Export JSON
          </Button>
          {readOnly ? null : runbook.status === 'published' ? (
            <Button onClick={() => void changeStatus('retired')}>Retire</Button>
          ) : (
            <Button variant="primary" icon="check" onClick={() => void changeStatus('published')}>
              Publish version {runbook.version}
            </Button>
          )}
          {readOnly ? null : (
            <Button
              icon="edit"
              variant={runbook.status === 'draft' ? 'secondary' : 'primary'}
              disabled={runbook.status !== 'draft' && hasDraft}
              title={
                runbook.status !== 'draft' && hasDraft ? 'A draft of this runbook is open; edit that one.' : undefined
              }
              onClick={() => navigate({ name: 'runbook-edit', id: runbook.id })}
            >
              {runbook.status === 'draft' ? 'Edit draft' : 'Edit runbook'}
            </Button>
          )}
        </div>
      </header>
      <div className="incident-layout">
        <div className="incident-primary">
          <section className="panel" aria-labelledby="runbook-purpose">
            <h2 id="runbook-purpose" className="panel-title">
              Purpose
            </h2>
            <SafeMarkdown source={runbook.purpose} />
            <h3 className="panel-subtitle">Activation criteria</h3>
            <p>
              {runbook.activation.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', ')} at{' '}
              {runbook.activation.severities.join(', ')}
            </p>
            <h3 className="panel-subtitle">MITRE ATLAS techniques addressed</h3>
            {runbook.atlasTechniques.length === 0 ? (
              <p className="muted">None listed.</p>
            ) : (
              <ul className="atlas-tags">
                {runbook.atlasTechniques.map((technique) => (
                  <li key={technique}>
                    <span className="mono atlas-id">{technique}</span> {TECHNIQUE_NAMES[technique] ?? ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="runbook-steps">
            <h2 id="runbook-steps" className="panel-title">
              Steps
            </h2>
            <RunbookStepsView runbook={runbook} />
          </section>
        </div>
        <aside className="incident-secondary" aria-label="Versions">
          <section className="panel" aria-labelledby="runbook-versions">
            <h2 id="runbook-versions" className="panel-title">
              Versions
            </h2>
            <VersionList
              versions={versions}
              currentId={runbook.id}
              href={(id) => routeHref({ name: 'runbook', id })}
              statusLabels={RUNBOOK_STATUS_LABELS}
            />
            {versions.length > 1 ? (
              <div className="field">
                <label className="field-label" htmlFor="compare-version">
                  Compare with
                </label>
                <select
                  id="compare-version"
                  className="select"
                  value={compareId}
                  onChange={(event) => setCompareId(event.target.value)}
                >
                  <option value="">Choose a version…</option>
                  {versions
                    .filter((version) => version.id !== runbook.id)
                    .map((version) => (
                      <option key={version.id} value={version.id}>
                        Version {version.version} ({RUNBOOK_STATUS_LABELS[version.status]})
                      </option>
                    ))}
                </select>
              </div>
            ) : null}
          </section>
          {compare ? (
            <section className="panel" aria-labelledby="runbook-diff">
              <h2 id="runbook-diff" className="panel-title">
                Changes from v{Math.min(compare.version, runbook.version)} to v
                {Math.max(compare.version, runbook.version)}
              </h2>
              <RunbookDiffView
                label={`Changes from version ${Math.min(compare.version, runbook.version)} to version ${Math.max(compare.version, runbook.version)}`}
                before={runbookContent(compare.version < runbook.version ? compare : runbook)}
                after={runbookContent(compare.version < runbook.version ? runbook : compare)}
              />
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
