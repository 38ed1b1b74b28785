/**
 * One virtualised list for long lists (the register, the audit log): only the rows in view are in the page, so
 * 100,000 rows scroll as fast as ten. It is a `role="list"` with an accessible name whose items carry
 * `aria-setsize`/`aria-posinset` (screen readers announce "3 of 100,000" though most rows are not in the page); each
 * row renders one focusable element marked `data-row-index={index}`, and the arrow keys, Page Up/Down, Home and End
 * move focus between rows, scrolling the target into view first. Extra `data-*` attributes on the list (the register's
 * `data-result-count`/`data-query`) say which result the rendered rows show; benchmarks and tests wait on them.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type Key, type ReactNode } from 'react';

export interface VirtualListProps {
  /** How many rows the list has (most are not rendered). */
  readonly count: number;
  /** Every row's height in pixels (rows are fixed-height: positioning and paging need no measuring). */
  readonly rowHeight: number;
  /** The list's accessible name. */
  readonly label: string;
  /** Class of the scrolling container and of the list inside it; items get `${className}-item`. */
  readonly scrollClassName: string;
  readonly className: string;
  /** A stable key for row `index`, asked for every row up front: keep it cheap (no object per row). */
  readonly rowKey: (index: number) => Key;
  /** Row `index`'s content, including one focusable element with `data-row-index={index}`; null skips it. */
  readonly renderRow: (index: number) => ReactNode;
  /** Attributes on the list element, such as `{ 'data-result-count': 12 }`. */
  readonly listAttributes?: Readonly<Record<`data-${string}`, string | number>>;
  /** Shown under the (empty) list when there are no rows; the list stays in the page with its attributes. */
  readonly empty?: ReactNode;
  readonly overscan?: number;
}

/** The index a key press moves focus to from row `current` of `count`, or undefined for keys the list ignores. */
export function rowAfterKey(key: string, current: number, count: number, pageRows: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + pageRows,
    PageUp: current - pageRows,
    Home: 0,
    End: count - 1,
  };
  const next = moves[key];
  return next === undefined ? undefined : Math.max(0, Math.min(count - 1, next));
}

export function VirtualList({
  count,
  rowHeight,
  label,
  scrollClassName,
  className,
  rowKey,
  renderRow,
  listAttributes,
  empty,
  overscan = 12,
}: VirtualListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler, so nothing memoizes this component against the virtualizer's API.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    getItemKey: rowKey,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!(event.target instanceof HTMLElement)) return;
    const current = Number(event.target.dataset['rowIndex'] ?? Number.NaN);
    if (Number.isNaN(current)) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const target = rowAfterKey(event.key, current, count, pageRows);
    if (target === undefined) return;
    event.preventDefault();
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus();
    });
  };

  return (
    <div className={scrollClassName} ref={scrollRef}>
      <div
        role="list"
        aria-label={label}
        className={className}
        {...listAttributes}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const content = renderRow(row.index);
          if (content === null || content === undefined) return null;
          return (
            <div
              role="listitem"
              key={row.key}
              className={`${className}-item`}
              aria-setsize={count}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
            >
              {content}
            </div>
          );
        })}
      </div>
      {count === 0 ? empty : null}
    </div>
  );
}
