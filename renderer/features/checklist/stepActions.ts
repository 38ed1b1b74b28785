/** Which state changes a step offers from where it is, and how each is named for people and screen readers. */
import type { StepState } from '../../../shared/domain/runbooks/checklist';

export interface StepAction {
  readonly to: StepState;
  readonly label: string;
  readonly accessibleName: (title: string) => string;
}

const START: StepAction = { to: 'in-progress', label: 'Start', accessibleName: (t) => `Start “${t}”` };
const DONE: StepAction = { to: 'done', label: 'Done', accessibleName: (t) => `Mark “${t}” done` };
const SKIP: StepAction = { to: 'skipped', label: 'Skip', accessibleName: (t) => `Skip “${t}”` };
const BLOCK: StepAction = { to: 'blocked', label: 'Blocked', accessibleName: (t) => `Mark “${t}” blocked` };
const RESUME: StepAction = { to: 'in-progress', label: 'Resume', accessibleName: (t) => `Resume “${t}”` };
const REOPEN: StepAction = { to: 'todo', label: 'Reopen', accessibleName: (t) => `Reopen “${t}”` };

export function stepActions(state: StepState): readonly StepAction[] {
  switch (state) {
    case 'todo':
      return [START, DONE, SKIP, BLOCK];
    case 'in-progress':
      return [DONE, SKIP, BLOCK];
    case 'blocked':
      return [RESUME, SKIP];
    case 'done':
    case 'skipped':
      return [REOPEN];
  }
}
