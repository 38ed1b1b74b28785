/** The intakes of one incident in this session: running ones with progress, finished ones with their outcome. */
import { Button } from '../../ui/Button';
import { IntakeJobRow } from './IntakeJobRow';
import { isActive, useIntakeStore } from './intakeStore';

export function IntakeJobList({ subjectId }: { readonly subjectId: string }) {
  const allJobs = useIntakeStore((state) => state.jobs);
  const clearFinished = useIntakeStore((state) => state.clearFinished);
  const jobs = allJobs.filter((job) => job.subjectId === subjectId);
  if (jobs.length === 0) return null;
  const finished = jobs.filter((job) => !isActive(job)).length;
  return (
    <div className="intake-jobs">
      <ul aria-label="Evidence intake">
        {jobs.map((job) => (
          <IntakeJobRow key={job.id} job={job} />
        ))}
      </ul>
      {finished > 0 ? (
        <Button size="sm" variant="ghost" onClick={() => clearFinished(subjectId)}>
          Clear finished
        </Button>
      ) : null}
    </div>
  );
}
