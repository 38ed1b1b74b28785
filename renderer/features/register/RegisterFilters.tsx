/** The register's filter panel: phase, severity and incident type, each a labelled group of checkboxes. */
import {
  INCIDENT_TYPES,
  INCIDENT_TYPE_INFO,
  PHASES,
  PHASE_LABELS,
  SEVERITIES,
  SEVERITY_INFO,
} from '../../../shared/domain/taxonomy';
import { Button } from '../../ui/Button';
import { FilterGroup } from './FilterGroup';
import { hasActiveFilters, useRegisterStore } from './registerStore';

const PHASE_OPTIONS = PHASES.map((phase) => ({
  value: phase,
  label: PHASE_LABELS[phase],
  marker: <span className={`phase-dot phase-${phase}`} aria-hidden="true" />,
}));
const SEVERITY_OPTIONS = SEVERITIES.map((severity) => ({
  value: severity,
  label: `${severity} — ${SEVERITY_INFO[severity].label}`,
  marker: <span className={`sev-dot sev-${severity.toLowerCase()}`} aria-hidden="true" />,
}));
const TYPE_OPTIONS = INCIDENT_TYPES.map((type) => ({ value: type, label: INCIDENT_TYPE_INFO[type].label }));

export function RegisterFilters() {
  const state = useRegisterStore();
  const filtered = hasActiveFilters({ ...state, text: '' });
  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="filter-panel-header">
        <h2 className="filter-title">Filters</h2>
        {filtered ? (
          <Button size="sm" variant="ghost" onClick={state.resetFilters}>
            Reset filters
          </Button>
        ) : null}
      </div>
      <FilterGroup
        legend="Severity"
        options={SEVERITY_OPTIONS}
        selected={state.severities}
        onToggle={state.toggleSeverity}
      />
      <FilterGroup legend="Phase" options={PHASE_OPTIONS} selected={state.phases} onToggle={state.togglePhase} />
      <FilterGroup legend="Incident type" options={TYPE_OPTIONS} selected={state.types} onToggle={state.toggleType} />
    </aside>
  );
}
