/** One file being taken in: progress in bytes, percent and MB/s, a Cancel button, then the outcome in words. */
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { formatBytes } from '../../../shared/domain/byteSize';
import { isActive, useIntakeStore, type IntakeJob } from './intakeStore';

function speed(job: IntakeJob): string {
  const seconds = (Date.now() - job.startedAt) / 1000;
  if (seconds <= 0.2 || job.bytesDone === 0) return '';
  return ` · ${(job.bytesDone / 1_048_576 / seconds).toFixed(0)} MB/s`;
}

export function IntakeJobRow({ job }: { readonly job: IntakeJob }) {
  const requestCancel = useIntakeStore((state) => state.requestCancel);
  const percent = job.size > 0 ? Math.floor((job.bytesDone / job.size) * 100) : 100;
  return (
    <li className={`intake-job intake-${job.state}`}>
      {isActive(job) ? (
        <div className="intake-job-progress">
          <ProgressBar
            label={`Taking in ${job.fileName}`}
            value={job.bytesDone}
            max={job.size}
            detail={`${formatBytes(job.bytesDone)} of ${formatBytes(job.size)} · ${percent}%${speed(job)}`}
          />
          <Button
            size="sm"
            variant="ghost"
            icon="x"
            disabled={job.cancelRequested || job.state === 'committing'}
            onClick={() => requestCancel(job.id)}
            aria-label={`Cancel intake of ${job.fileName}`}
          >
            Cancel
          </Button>
        </div>
      ) : (
        <p className="intake-job-outcome" role={job.state === 'failed' ? 'alert' : undefined}>
          <strong>{job.fileName}</strong> —{' '}
          {job.state === 'done' ? 'stored' : job.state === 'cancelled' ? 'cancelled' : 'refused'}
          {job.message ? <span className="intake-job-message">{job.message}</span> : null}
        </p>
      )}
    </li>
  );
}
