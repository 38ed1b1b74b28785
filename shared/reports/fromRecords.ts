/**
 * Maps stored records onto the report inputs: an evidence item with its custody events becomes a report evidence
 * item (custody summary, full log, verification results), a checklist step a report checklist item. Pure, so the
 * loader reads and this file decides what a report says about each record.
 */
import type { ChecklistStep, StepState } from '../domain/runbooks/checklist';
import { CUSTODY_ACTION_LABELS, type CustodyEvent } from '../domain/evidence/custody';
import type { EvidenceItem } from '../domain/evidence/evidence';
import type { RoleAssignment } from '../domain/incidents/incident';
import { roleName } from '../domain/team/team';
import type { ReportChecklistItem, ReportEvidenceItem } from './inputs';

const STEP_STATUSES: Readonly<Record<StepState, ReportChecklistItem['status']>> = {
  todo: 'open',
  'in-progress': 'in-progress',
  blocked: 'blocked',
  done: 'done',
  skipped: 'skipped',
};

/** "3 events; last: Verified by Dana Reyes", or a warning when the log is empty. */
export function custodySummary(events: readonly CustodyEvent[]): string {
  const last = events.at(-1);
  if (last === undefined) return 'No custody events recorded.';
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;
  return `${count}; last: ${CUSTODY_ACTION_LABELS[last.action]} by ${last.actor}`;
}

/** One evidence item as reports print it; `events` are the item's custody events, oldest first. */
export function reportEvidenceItem(item: EvidenceItem, events: readonly CustodyEvent[]): ReportEvidenceItem {
  return {
    id: item.id,
    name: item.name,
    mediaType: item.mediaType,
    size: item.size,
    sha256: item.sha256,
    acquiredAt: item.acquiredAt,
    acquiredBy: item.acquiredBy,
    custodySummary: custodySummary(events),
    custodyLog: events.map((event) => ({
      at: event.at,
      actor: event.actor,
      action: CUSTODY_ACTION_LABELS[event.action],
      note: [event.reason, event.detail].filter((part) => part !== '').join(' — '),
    })),
    verifications: events
      .filter((event) => event.action === 'verified')
      .map((event) => ({ at: event.at, by: event.actor, ok: event.itemHash === item.sha256, detail: event.detail })),
    legalHold: item.hold
      ? { placedAt: item.hold.placedAt, placedBy: item.hold.placedBy, reason: item.hold.reason }
      : null,
  };
}

/** One checklist step as reports print it; the owner is the assignee, else who holds the owning role, else the role. */
export function reportChecklistItem(step: ChecklistStep, roles: readonly RoleAssignment[]): ReportChecklistItem {
  const holder = roles.find((assignment) => assignment.role === step.step.ownerRole)?.primary;
  return {
    phase: step.phase,
    title: step.step.title,
    owner: step.assignee || holder || roleName(step.step.ownerRole),
    status: STEP_STATUSES[step.state],
    dueAt: step.dueAt,
    completedAt: step.completedAt ?? '',
    completedBy: step.completedBy,
    reason: step.state === 'skipped' || step.state === 'blocked' ? step.reason : '',
  };
}
