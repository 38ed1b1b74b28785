/**
 * The register list, virtualised (`ui/VirtualList`): only the rows in view are in the page, so 100,000 incidents
 * scroll and filter as fast as ten. It is a list named "Incidents" whose items are links; the arrow keys, Page Up/Down,
 * Home and End move between rows. `data-result-count` and `data-query` say which query the rendered rows answer
 * (benchmarks wait on them).
 */
import type { ReactNode } from 'react';
import { useNow } from '../../ui/useNow';
import { VirtualList } from '../../ui/VirtualList';
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
  const now = useNow(5_000);
  return (
    <VirtualList
      count={items.length}
      rowHeight={ROW_HEIGHT}
      label="Incidents"
      scrollClassName="incident-list-scroll"
      className="incident-list"
      listAttributes={{ 'data-result-count': items.length, 'data-query': queryText }}
      // The virtualizer asks every row's key up front: a row number, so no row is made into an item to answer it.
      rowKey={(index) => items.codeAt(index)}
      renderRow={(index) => {
        const item = items.at(index);
        return item ? <IncidentRow item={item} index={index} now={now} /> : null;
      }}
      empty={empty}
    />
  );
}
