/**
 * The register list, virtualised (`ui/VirtualList`): only the rows in view are in the page, so 100,000 incidents
 * scroll and filter as fast as ten. It is a list named "Incidents" whose items are links; the arrow keys, Page Up/Down,
 * Home and End move between rows. `data-result-count`, `data-query` and `data-filters` say which query the rendered
 * rows answer, and `data-complete` whether the answer is whole (not just the rows loaded so far); benchmarks wait on
 * them.
 */
import type { ReactNode } from 'react';
import { useNow } from '../../ui/useNow';
import { VirtualList } from '../../ui/VirtualList';
import type { RegisterResults } from './incidentIndex';
import { IncidentRow } from './IncidentRow';

const ROW_HEIGHT = 56;

export interface IncidentListProps {
  readonly items: RegisterResults;
  readonly queryText: string;
  /** Whether `items` is the whole answer (false while a cold start has only the first rows). Default true. */
  readonly complete?: boolean;
  /** How many filters the answer applies. Default 0. */
  readonly filterCount?: number;
  /** Shown in place of rows when there are none; the (empty) list stays in the page with its data attributes. */
  readonly empty?: ReactNode;
}

export function IncidentList({ items, queryText, complete = true, filterCount = 0, empty }: IncidentListProps) {
  const now = useNow(5_000);
  return (
    <VirtualList
      count={items.length}
      rowHeight={ROW_HEIGHT}
      label="Incidents"
      scrollClassName="incident-list-scroll"
      className="incident-list"
      listAttributes={{
        'data-result-count': items.length,
        'data-query': queryText,
        'data-filters': filterCount,
        'data-complete': String(complete),
      }}
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
