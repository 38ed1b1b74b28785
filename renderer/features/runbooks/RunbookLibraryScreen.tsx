/** The runbook library: every runbook with its current version, status and activation criteria; new and import. */
import { useState } from 'react';
import { publishedVersion, RUNBOOK_STATUS_LABELS } from '../../../shared/domain/runbooks/runbook';
import { INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import { navigate } from '../../app/routeStore';
import { useReadOnly } from '../../app/useLegalReview';
import { routeHref } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ImportRunbookButton } from './ImportRunbookButton';
import { useRunbookLibrary } from './useRunbookLibrary';

export function RunbookLibraryScreen() {
  const readOnly = useReadOnly();
  useDocumentTitle('Runbooks');
  const library = useRunbookLibrary();
  const [importError, setImportError] = useState<string | undefined>();
  const lineages = library
    ? [...library.values()].sort((a, b) => (a[0]?.title ?? '').localeCompare(b[0]?.title ?? ''))
    : [];

  return (
    <div className="screen screen-runbooks">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Runbooks</h1>
          <p className="screen-subtitle">
            Phased checklists for AI incidents. Published runbooks are suggested when an incident matches.
          </p>
        </div>
        {readOnly ? null : (
          <div className="screen-actions">
            <ImportRunbookButton onError={setImportError} />
            <Button variant="primary" icon="plus" onClick={() => navigate({ name: 'runbook-new' })}>
              New runbook
            </Button>
          </div>
        )}
      </header>
      {importError ? (
        <div className="banner banner-danger" role="alert">
          {importError}
        </div>
      ) : null}
      {library === undefined ? <p className="muted">Loading runbooks…</p> : null}
      <ul className="runbook-cards" aria-label="Runbooks">
        {lineages.map((versions) => {
          const latest = versions[0];
          if (!latest) return null;
          const published = publishedVersion(versions);
          const shown = published ?? latest;
          const steps = shown.phases.reduce((sum, block) => sum + block.steps.length, 0);
          return (
            <li key={shown.lineageId} className="runbook-card">
              <div className="runbook-card-head">
                <a className="runbook-card-title" href={routeHref({ name: 'runbook', id: shown.id })}>
                  {shown.title}
                </a>
                <span className="runbook-card-badges">
                  {shown.builtIn ? <Badge tone="accent">Built-in</Badge> : null}
                  <Badge tone={shown.status === 'published' ? 'success' : 'neutral'}>
                    v{shown.version} {RUNBOOK_STATUS_LABELS[shown.status]}
                  </Badge>
                  {latest.status === 'draft' && latest !== shown ? (
                    <Badge tone="warning">Draft v{latest.version}</Badge>
                  ) : null}
                </span>
              </div>
              <p className="runbook-card-purpose">{shown.purpose}</p>
              <p className="runbook-card-meta muted">
                {shown.activation.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', ')} ·{' '}
                {shown.activation.severities.join(', ')} · {steps} steps in {shown.phases.length} phases
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
