/**
 * Evidence items, virtualised like the incident register: only rows in view are in the page, so 10,000 items
 * scroll as fast as ten. A list named "Evidence items" whose items are links; arrow keys move between rows. With a
 * selection, each row also has a checkbox named by the item's name (for reports over chosen items).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { EvidenceRow } from './EvidenceRow';

const ROW_HEIGHT = 56;

export interface EvidenceSelection {
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
}

export function EvidenceList({
  items,
  incidentRefs,
  maxHeight,
  selection,
}: {
  readonly items: readonly EvidenceItem[];
  readonly incidentRefs?: ReadonlyMap<string, string>;
  readonly maxHeight?: number;
  readonly selection?: EvidenceSelection;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler, so nothing memoizes this component against the virtualizer's API.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!(event.target instanceof HTMLElement)) return;
    const current = Number(event.target.dataset['rowIndex'] ?? Number.NaN);
    if (Number.isNaN(current)) return;
    const next = event.key === 'ArrowDown' ? current + 1 : event.key === 'ArrowUp' ? current - 1 : undefined;
    if (next === undefined || next < 0 || next >= items.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${next}"]`)?.focus();
    });
  };

  return (
    <div
      className="evidence-list-scroll"
      ref={scrollRef}
      style={maxHeight ? { maxHeight, height: Math.min(maxHeight, items.length * ROW_HEIGHT + 2) } : undefined}
    >
      <div
        role="list"
        aria-label="Evidence items"
        className="evidence-list"
        data-result-count={items.length}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              role="listitem"
              key={row.key}
              className={selection ? 'evidence-list-item is-selectable' : 'evidence-list-item'}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              {selection ? (
                <input
                  type="checkbox"
                  className="evidence-select"
                  aria-label={item.name}
                  checked={selection.selected.has(item.id)}
                  onChange={() => selection.onToggle(item.id)}
                />
              ) : null}
              <EvidenceRow item={item} index={row.index} incidentRef={incidentRefs?.get(item.subject.id)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
