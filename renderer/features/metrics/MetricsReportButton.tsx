/** "Metrics report": opens the signed-report preview of what the dashboard shows, for its filter. */
import { useState } from 'react';
import { INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import { describeFilter, type MetricsFilter } from '../../../shared/domain/metrics/filter';
import { Button } from '../../ui/Button';
import { MetricsReportDialog } from './MetricsReportDialog';

export function MetricsReportButton({
  summary,
  charts,
  filter,
}: {
  readonly summary: MetricsSummary | undefined;
  readonly charts: readonly MetricsChart[];
  readonly filter: MetricsFilter;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon="shield" disabled={summary === undefined} onClick={() => setOpen(true)}>
        Metrics report
      </Button>
      {open && summary !== undefined ? (
        <MetricsReportDialog
          summary={summary}
          charts={charts}
          filterWords={describeFilter(filter, (type) => INCIDENT_TYPE_INFO[type].label)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
