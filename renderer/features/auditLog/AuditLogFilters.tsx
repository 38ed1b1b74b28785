/** The audit log viewer's filters: text search, actor, subject kind, action and period (local dates, zone named). */
import { AUDIT_OPERATIONS, type AuditOperation } from '../../../shared/domain/audit';
import { AUDIT_OPERATION_LABELS, auditEntityWords } from '../../../shared/domain/auditLog/view';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { ZoneNote } from '../../ui/ZoneNote';
import { NO_VIEW_FILTER, useAuditLogStore } from './auditLogStore';
import { FilterSelect, type FilterOption } from './FilterSelect';

const OPERATION_OPTIONS: readonly FilterOption[] = AUDIT_OPERATIONS.map((op) => ({
  value: op,
  label: AUDIT_OPERATION_LABELS[op],
}));

function isOperation(value: string): value is AuditOperation {
  return (AUDIT_OPERATIONS as readonly string[]).includes(value);
}

export function AuditLogFilters({
  actors,
  entities,
}: {
  readonly actors: readonly string[];
  readonly entities: readonly string[];
}) {
  const filter = useAuditLogStore((state) => state.filter);
  const setFilter = useAuditLogStore((state) => state.setFilter);
  const clearFilter = useAuditLogStore((state) => state.clearFilter);
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_VIEW_FILTER);
  return (
    <div className="audit-filters" role="group" aria-label="Filters">
      <div className="search-box audit-search">
        <label htmlFor="audit-search" className="visually-hidden">
          Search the audit log
        </label>
        <Icon name="search" />
        <input
          id="audit-search"
          type="search"
          className="search-input"
          placeholder="Search by actor, subject, entry number or hash"
          autoComplete="off"
          spellCheck={false}
          value={filter.text}
          onChange={(event) => setFilter({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter.text !== '') {
              event.preventDefault();
              setFilter({ text: '' });
            }
          }}
        />
      </div>
      <FilterSelect
        id="audit-actor"
        label="Actor"
        anyLabel="Anyone"
        value={filter.actor}
        options={actors.map((actor) => ({ value: actor, label: actor }))}
        onChange={(actor) => setFilter({ actor })}
      />
      <FilterSelect
        id="audit-entity"
        label="Subject kind"
        anyLabel="Any kind"
        value={filter.entity}
        options={entities.map((entity) => ({ value: entity, label: auditEntityWords(entity) }))}
        onChange={(entity) => setFilter({ entity })}
      />
      <FilterSelect
        id="audit-op"
        label="Action"
        anyLabel="Any action"
        value={filter.op}
        options={OPERATION_OPTIONS}
        onChange={(op) => setFilter({ op: isOperation(op) ? op : '' })}
      />
      <div className="inline-field">
        <label htmlFor="audit-from" className="inline-label">
          From
        </label>
        <input
          id="audit-from"
          type="date"
          className="input input-sm"
          value={filter.fromDate}
          onChange={(event) => setFilter({ fromDate: event.target.value })}
        />
      </div>
      <div className="inline-field">
        <label htmlFor="audit-to" className="inline-label">
          Until
        </label>
        <input
          id="audit-to"
          type="date"
          className="input input-sm"
          value={filter.toDate}
          onChange={(event) => setFilter({ toDate: event.target.value })}
        />
      </div>
      <ZoneNote />
      {filtered ? (
        <Button size="sm" variant="ghost" icon="x" onClick={clearFilter}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
