/** The dashboard's filters: period of declaration, severities, incident types; and the metric the charts show. */
import { INCIDENT_TYPES, INCIDENT_TYPE_INFO, SEVERITIES } from '../../../shared/domain/incidents/taxonomy';
import { METRIC_DEFINITIONS, METRIC_IDS, type MetricId } from '../../../shared/domain/metrics/definitions';
import { PERIODS, PERIOD_LABELS, type Period } from '../../../shared/domain/metrics/filter';
import { Button } from '../../ui/Button';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { useMetricsStore } from './metricsStore';

function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

function isMetric(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}

export function MetricsFilters() {
  const { filter, metric, setPeriod, toggleSeverity, toggleType, clearFilter, setMetric } = useMetricsStore();
  const filtered = filter.period !== 'all' || filter.severities.length > 0 || filter.types.length > 0;
  return (
    <div className="metrics-filters" role="group" aria-label="Filters">
      <div className="inline-field">
        <label htmlFor="metrics-period" className="inline-label">
          Period declared
        </label>
        <select
          id="metrics-period"
          className="select select-sm"
          value={filter.period}
          onChange={(event) => {
            if (isPeriod(event.target.value)) setPeriod(event.target.value);
          }}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {PERIOD_LABELS[period]}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor="metrics-metric" className="inline-label">
          Chart the metric
        </label>
        <select
          id="metrics-metric"
          className="select select-sm"
          value={metric}
          onChange={(event) => {
            if (isMetric(event.target.value)) setMetric(event.target.value);
          }}
        >
          {METRIC_IDS.map((id) => (
            <option key={id} value={id}>
              {METRIC_DEFINITIONS[id].label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-group metrics-severities">
        <legend className="filter-legend">Severity</legend>
        <ul className="filter-options filter-options-inline">
          {SEVERITIES.map((severity) => (
            <li key={severity}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={filter.severities.includes(severity)}
                  onChange={() => toggleSeverity(severity)}
                />
                <SeverityBadge severity={severity} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <details className="metrics-types">
        <summary>Incident type{filter.types.length > 0 ? ` (${filter.types.length} chosen)` : ': all'}</summary>
        <fieldset className="filter-group">
          <legend className="visually-hidden">Incident type</legend>
          <ul className="filter-options metrics-type-options">
            {INCIDENT_TYPES.map((type) => (
              <li key={type}>
                <label className="check-row">
                  <input type="checkbox" checked={filter.types.includes(type)} onChange={() => toggleType(type)} />
                  <span>{INCIDENT_TYPE_INFO[type].label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
      {filtered ? (
        <Button size="sm" variant="ghost" icon="x" onClick={clearFilter}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
