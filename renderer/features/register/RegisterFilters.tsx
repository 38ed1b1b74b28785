/** The register's filter panel: phase, severity and incident type, each a labelled group of checkboxes. */
import {
  INCIDENT_TYPES,
  INCIDENT_TYPE_INFO,
  PHASES,
  PHASE_LABELS,
  SEVERITIES,
  SEVERITY_INFO,
} from '../../../shared/domain/incidents/taxonomy';
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
  // Subscribes to the filters only, so typing in the search box does not re-render this panel.
  const phases = useRegisterStore((state) => state.phases);
  const severities = useRegisterStore((state) => state.severities);
  const types = useRegisterStore((state) => state.types);
  const togglePhase = useRegisterStore((state) => state.togglePhase);
  const toggleSeverity = useRegisterStore((state) => state.toggleSeverity);
  const toggleType = useRegisterStore((state) => state.toggleType);
  const resetFilters = useRegisterStore((state) => state.resetFilters);
  const filtered = hasActiveFilters({ text: '', phases, severities, types });
  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="filter-panel-header">
        <h2 className="filter-title">Filters</h2>
        {filtered ? (
          <Button size="sm" variant="ghost" onClick={resetFilters}>
            Reset filters
          </Button>
        ) : null}
      </div>
      <FilterGroup legend="Severity" options={SEVERITY_OPTIONS} selected={severities} onToggle={toggleSeverity} />
      <FilterGroup legend="Phase" options={PHASE_OPTIONS} selected={phases} onToggle={togglePhase} />
      <FilterGroup legend="Incident type" options={TYPE_OPTIONS} selected={types} onToggle={toggleType} />
    </aside>
  );
}
