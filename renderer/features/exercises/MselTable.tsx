/**
 * The master scenario events list with each inject's status and the facilitator's actions on it (release, skip,
 * re-time). Rows are memoised on what they show, so the table does not re-render with the clock, and a release
 * re-renders the one row it settles. Whether the facilitator can act (the clock running or paused) is a class on the
 * table that shows or hides every open row's Release button, so starting or ending the clock re-renders no row.
 * The table is virtualised (issue 10: opening a 200-inject exercise rendered all 200 rows in one long task): only the
 * rows in the scrolling box and a few either side are in the page, between two spacer rows that keep the scroll
 * height; the table carries `aria-rowcount` and each row its `aria-rowindex`, so assistive technology hears "row 57
 * of 201". Tabbing onto the last rendered row scrolls it into view, which renders the next ones, and the scrolling box
 * itself takes focus, so the arrow keys scroll it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
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

/** A row's height before it is measured (one line of text and a small button). */
const ESTIMATED_ROW_HEIGHT = 41;
/** Rows rendered beyond each edge of the scrolling box. */
const OVERSCAN = 8;

interface RowProps {
  readonly row: MselRow;
  /** The row's position among the table's rows (the header row is 1). */
  readonly rowIndex: number;
  readonly measure: (element: HTMLTableRowElement | null) => void;
  readonly selected: boolean;
  readonly onSelect: (row: MselRow) => void;
  readonly onRelease: (row: MselRow) => void;
}

const MselRowView = memo(
  function MselRowView({ row, rowIndex, measure, selected, onSelect, onRelease }: RowProps) {
    const open = row.status === 'pending' || row.status === 'due';
    return (
      <tr
        ref={measure}
        data-index={rowIndex - 2}
        aria-rowindex={rowIndex}
        className={selected ? 'msel-row msel-row-selected' : 'msel-row'}
        aria-selected={selected}
      >
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
    before.rowIndex === after.rowIndex &&
    before.measure === after.measure &&
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
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler, so nothing memoizes this component against the virtualizer's API.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rows[index]?.inject.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <section className="panel msel-panel" aria-labelledby="msel-title">
      <h2 className="panel-title" id="msel-title">
        Master scenario events list{' '}
        <span className="panel-count">
          {released} of {rows.length} released
        </span>
      </h2>
      <div
        className="table-scroll msel-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="group"
        aria-label="Master scenario events list, scrollable"
      >
        <table
          className={canAct ? 'data-table msel-table msel-can-act' : 'data-table msel-table'}
          aria-label="Injects"
          aria-rowcount={rows.length + 1}
          data-inject-count={rows.length}
        >
          <thead>
            <tr aria-rowindex={1}>
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
            {before > 0 ? <SpacerRow height={before} /> : null}
            {items.map((item) => {
              const row = rows[item.index];
              return row ? (
                <MselRowView
                  key={item.key}
                  row={row}
                  rowIndex={item.index + 2}
                  measure={virtualizer.measureElement}
                  selected={row.inject.id === selectedId}
                  onSelect={onSelect}
                  onRelease={onRelease}
                />
              ) : null;
            })}
            {after > 0 ? <SpacerRow height={after} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Keeps the scroll height of the rows that are not rendered; hidden from assistive technology. */
function SpacerRow({ height }: { readonly height: number }) {
  return (
    <tr aria-hidden="true" className="msel-spacer">
      <td colSpan={7} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}
