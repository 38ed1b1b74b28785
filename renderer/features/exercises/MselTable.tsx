/**
 * The master scenario events list with each inject's status and the facilitator's actions on it (release, skip,
 * re-time). Rows are memoised on what they show, so the table does not re-render with the clock, and a release
 * re-renders the one row it settles. Whether the facilitator can act (the clock running or paused) is a class on the
 * table that shows or hides every open row's Release button, so starting or ending the clock re-renders no row.
 */
import { memo } from 'react';
import { formatScenarioOffset } from '../../../shared/domain/exercises/clock';
import { INJECT_STATUS_LABELS, type MselRow } from '../../../shared/domain/exercises/msel';
import { INJECT_TYPE_LABELS } from '../../../shared/domain/exercises/scenario';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';

const STATUS_TONES: Readonly<Record<MselRow['status'], BadgeTone>> = {
  pending: 'neutral',
  due: 'warning',
  released: 'success',
  skipped: 'neutral',
};

interface RowProps {
  readonly row: MselRow;
  readonly selected: boolean;
  readonly onSelect: (row: MselRow) => void;
  readonly onRelease: (row: MselRow) => void;
}

const MselRowView = memo(
  function MselRowView({ row, selected, onSelect, onRelease }: RowProps) {
    const open = row.status === 'pending' || row.status === 'due';
    return (
      <tr className={selected ? 'msel-row msel-row-selected' : 'msel-row'} aria-selected={selected}>
        <td className="mono">{row.inject.sequence}</td>
        <td className="mono">
          {formatScenarioOffset(row.offsetMinutes)}
          {row.retimed ? ' (moved)' : ''}
        </td>
        <th scope="row">
          <button type="button" className="link-button" onClick={() => onSelect(row)} aria-expanded={selected}>
            {row.inject.title}
          </button>
          {row.inject.contingency ? <Badge tone="accent">Contingency</Badge> : null}
        </th>
        <td>{INJECT_TYPE_LABELS[row.inject.type]}</td>
        <td>{row.inject.to}</td>
        <td>
          <Badge tone={STATUS_TONES[row.status]}>{INJECT_STATUS_LABELS[row.status]}</Badge>
        </td>
        <td>
          {open ? (
            <Button
              size="sm"
              className="msel-release"
              onClick={() => onRelease(row)}
              aria-label={`Release inject ${row.inject.sequence}`}
            >
              Release
            </Button>
          ) : null}
        </td>
      </tr>
    );
  },
  (before, after) =>
    before.row.status === after.row.status &&
    before.row.offsetMinutes === after.row.offsetMinutes &&
    // The scenario copy is frozen: an inject with the same id is the same inject, even from a fresh read.
    before.row.inject.id === after.row.inject.id &&
    before.row.retimed === after.row.retimed &&
    before.selected === after.selected &&
    before.onSelect === after.onSelect &&
    before.onRelease === after.onRelease,
);

export function MselTable({
  rows,
  selectedId,
  canAct,
  onSelect,
  onRelease,
}: {
  readonly rows: readonly MselRow[];
  readonly selectedId: string | null;
  readonly canAct: boolean;
  readonly onSelect: (row: MselRow) => void;
  readonly onRelease: (row: MselRow) => void;
}) {
  const released = rows.filter((row) => row.status === 'released').length;
  return (
    <section className="panel msel-panel" aria-labelledby="msel-title">
      <h2 className="panel-title" id="msel-title">
        Master scenario events list{' '}
        <span className="panel-count">
          {released} of {rows.length} released
        </span>
      </h2>
      <div className="table-scroll msel-scroll">
        <table className={canAct ? 'data-table msel-table msel-can-act' : 'data-table msel-table'} aria-label="Injects">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">Inject</th>
              <th scope="col">Type</th>
              <th scope="col">To</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MselRowView
                key={row.inject.id}
                row={row}
                selected={row.inject.id === selectedId}
                onSelect={onSelect}
                onRelease={onRelease}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
