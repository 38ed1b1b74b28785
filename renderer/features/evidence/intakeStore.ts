/**
 * Intakes in progress, as UI state: one job per file with its bytes done, speed and outcome. The records themselves
 * are only written when a job commits; this store never holds evidence bytes.
 */
import { create } from 'zustand';

export type IntakeJobState = 'checking' | 'reading' | 'committing' | 'done' | 'failed' | 'cancelled';

export interface IntakeJob {
  readonly id: number;
  /** The id of the subject (incident) the file is taken in for. */
  readonly subjectId: string;
  readonly fileName: string;
  readonly size: number;
  readonly bytesDone: number;
  readonly startedAt: number;
  readonly state: IntakeJobState;
  readonly message: string;
  readonly cancelRequested: boolean;
}

interface IntakeState {
  readonly jobs: readonly IntakeJob[];
  readonly add: (job: IntakeJob) => void;
  readonly patch: (id: number, change: Partial<IntakeJob>) => void;
  readonly requestCancel: (id: number) => void;
  readonly clearFinished: (subjectId: string) => void;
}

export const useIntakeStore = create<IntakeState>()((set, get) => ({
  jobs: [],
  add: (job) => set({ jobs: [...get().jobs, job] }),
  patch: (id, change) => set({ jobs: get().jobs.map((job) => (job.id === id ? { ...job, ...change } : job)) }),
  requestCancel: (id) => get().patch(id, { cancelRequested: true }),
  clearFinished: (subjectId) =>
    set({
      jobs: get().jobs.filter(
        (job) =>
          job.subjectId !== subjectId ||
          job.state === 'reading' ||
          job.state === 'checking' ||
          job.state === 'committing',
      ),
    }),
}));

export function isActive(job: IntakeJob): boolean {
  return job.state === 'checking' || job.state === 'reading' || job.state === 'committing';
}
