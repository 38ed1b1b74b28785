/**
 * The register list, virtualised: only the rows in view are in the page, so 100,000 incidents scroll and filter as
 * fast as ten. It is a list named "Incidents" whose items are links; the arrow keys, Home and End move between
 * rows. `data-result-count` and `data-query` say which query the rendered rows answer (benchmarks wait on them).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useNow } from '../../ui/useNow';
import type { IncidentResults } from './incidentIndex';
import { IncidentRow } from './IncidentRow';

const ROW_HEIGHT = 56;

export interface IncidentListProps {
  readonly items: IncidentResults;
  readonly queryText: string;
  /** Shown in place of rows when there are none; the (empty) list stays in the page with its data attributes. */
  readonly empty?: ReactNode;
}

export function IncidentList({ items, queryText, empty }: IncidentListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow(5_000);
  // The build does not use the React Compiler, so nothing memoizes this component against the virtualizer's API.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The virtualizer asks every row's key up front: a row number, so no row is made into an item to answer it.
    getItemKey: (index) => items.codeAt(index),
  });

  const focusRow = (index: number): void => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!(event.target instanceof HTMLElement)) return;
    const current = Number(event.target.dataset['rowIndex'] ?? Number.NaN);
    if (Number.isNaN(current)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div className="incident-list-scroll" ref={scrollRef}>
      <div
        role="list"
        aria-label="Incidents"
        className="incident-list"
        data-result-count={items.length}
        data-query={queryText}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items.at(row.index);
          if (!item) return null;
          return (
            <div
              role="listitem"
              key={row.key}
              className="incident-list-item"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              <IncidentRow item={item} index={row.index} now={now} />
            </div>
          );
        })}
      </div>
      {items.length === 0 ? empty : null}
    </div>
  );
}
