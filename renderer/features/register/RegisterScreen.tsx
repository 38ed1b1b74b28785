/**
 * The incident register: every incident, searchable and filterable at 100,000 records. Rows come from the live
 * in-memory index (never a copy in a store). The total and the newest screenful show at once; while the rest loads,
 * its progress is shown above the list, and searches and filters are answered from IndexedDB (`useRegisterQuery`).
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { lazyScreen } from '../../ui/LazyScreen';
import { ProgressBar } from '../../ui/ProgressBar';
import { DemoLoadBanner } from './DemoLoadBanner';
import { IncidentList } from './IncidentList';
import { NoIncidentsState } from './NoIncidentsState';
import { NoMatchesState } from './NoMatchesState';
import { RegisterFilters } from './RegisterFilters';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';
import { useLiveIncidentIndex } from './useLiveIncidentIndex';
import { useRegisterQuery } from './useRegisterQuery';

// What the register shows beside the list (the exercise schedule, overdue action items, AIID/AVID import and export)
// arrives a moment after it: none of it is needed to list, count or search incidents, and together it carries the
// built-in exercise scenarios and the standard export schemas, which would otherwise be parsed before the first row.
const NextExerciseDue = lazyScreen(() => import('../exercises/NextExerciseDue'), 'NextExerciseDue', null);
const OverdueActionItems = lazyScreen(() => import('../reviews/OverdueActionItems'), 'OverdueActionItems', null);
const RegisterExchange = lazyScreen(() => import('../reviews/RegisterExchange'), 'RegisterExchange', null);

const count = (n: number): string => `${n.toLocaleString('en-GB')} ${n === 1 ? 'incident' : 'incidents'}`;

export function RegisterScreen() {
  useDocumentTitle('Incidents');
  const { live, status } = useLiveIncidentIndex();
  const { query, results, complete } = useRegisterQuery(live, status);
  const loading = status.phase === 'loading';
  const total = loading ? status.total : live.index.size;
  const waiting = loading && live.index.size === 0;
  // While loading, a count is shown only when it is the whole answer: the total, or the stored answer to a query.
  const counted = complete ? results.length : total;

  return (
    <div className="screen screen-fill screen-register">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Incidents</h1>
          <p className="screen-subtitle" aria-live="polite" aria-atomic="true">
            {waiting ? 'Loading…' : count(counted)}
            {complete && results.length !== total ? (
              <span className="muted"> · {total.toLocaleString('en-GB')} in total</span>
            ) : null}
          </p>
        </div>
      </header>
      <NextExerciseDue />
      <div className="register-toolbar">
        <SearchBox />
        <SortSelect />
        <RegisterExchange items={results} />
      </div>
      <DemoLoadBanner />
      <OverdueActionItems />
      {status.phase === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          The incident list could not be loaded: {status.error ?? 'unknown problem'}. Reload Firebreak to try again.
        </div>
      ) : null}
      <div className="register-body">
        <RegisterFilters />
        <section className="register-results" aria-label="Results" aria-busy={loading}>
          <div className="list-header" aria-hidden="true">
            <span className="cell cell-ref">Reference</span>
            <span className="cell cell-title">Title and types</span>
            <span className="cell cell-severity">Severity</span>
            <span className="cell cell-phase">Phase</span>
            <span className="cell cell-declared">Declared</span>
          </div>
          {loading ? (
            <div className="list-loading">
              <ProgressBar
                label="Loading incidents"
                value={status.loaded}
                max={status.total}
                detail={`${status.loaded.toLocaleString('en-GB')} of ${status.total.toLocaleString('en-GB')}`}
              />
            </div>
          ) : null}
          {waiting ? null : (
            <IncidentList
              items={results}
              queryText={query.text}
              complete={complete}
              filterCount={query.phases.length + query.severities.length + query.types.length}
              empty={!complete ? null : total === 0 ? <NoIncidentsState /> : <NoMatchesState />}
            />
          )}
        </section>
      </div>
    </div>
  );
}
