/** Reports on the incident page: choose a report type, preview it, then sign and export it. */
import { useId, useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { incidentSubject } from '../../../shared/domain/subject';
import { REPORT_TYPE_LABELS, type ReportType } from '../../../shared/reports/reportTypes';
import { Button } from '../../ui/Button';
import { ReportPreviewDialog } from './ReportPreviewDialog';

/** The custody report needs chosen evidence items; it is offered where evidence is listed. */
const INCIDENT_REPORT_TYPES: readonly ReportType[] = ['incident-report', 'executive-brief'];

export function ReportsPanel({ incident }: { readonly incident: Incident }) {
  const [type, setType] = useState<ReportType>('incident-report');
  const [open, setOpen] = useState(false);
  const selectId = useId();
  return (
    <section className="panel" aria-labelledby="reports-title">
      <h2 id="reports-title" className="panel-title">
        Reports
      </h2>
      <div className="stack">
        <div className="field">
          <label className="field-label" htmlFor={selectId}>
            Report type
          </label>
          <select
            id={selectId}
            className="select"
            value={type}
            onChange={(event) => setType(event.target.value as ReportType)}
          >
            {INCIDENT_REPORT_TYPES.map((value) => (
              <option key={value} value={value}>
                {REPORT_TYPE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Button icon="shield" onClick={() => setOpen(true)}>
            Preview report
          </Button>
        </div>
      </div>
      {open ? (
        <ReportPreviewDialog subject={incidentSubject(incident)} type={type} onClose={() => setOpen(false)} />
      ) : null}
    </section>
  );
}
