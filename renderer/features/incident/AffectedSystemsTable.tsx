/** The affected AI systems as a table: model, version, dataset, endpoint, owner. */
import type { AffectedSystem } from '../../../shared/domain/incidents/incident';

function Cell({ value, mono = false }: { readonly value: string; readonly mono?: boolean }) {
  if (value === '') {
    return (
      <td className="muted" aria-label="Not recorded">
        —
      </td>
    );
  }
  return <td className={mono ? 'mono' : undefined}>{value}</td>;
}

export function AffectedSystemsTable({ systems }: { readonly systems: readonly AffectedSystem[] }) {
  if (systems.length === 0) return <p className="muted">None recorded yet. Edit the incident to add them.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Affected AI systems</caption>
        <thead>
          <tr>
            <th scope="col">Model or system</th>
            <th scope="col">Version</th>
            <th scope="col">Dataset</th>
            <th scope="col">Endpoint</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {systems.map((system, index) => (
            <tr key={`${system.model}-${index}`}>
              <th scope="row">{system.model}</th>
              <Cell value={system.version} mono />
              <Cell value={system.dataset} />
              <Cell value={system.endpoint} mono />
              <Cell value={system.owner} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
