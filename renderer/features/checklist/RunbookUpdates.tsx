/**
 * Newer published versions of the runbooks this incident runs. The incident keeps the version it ran until the
 * responders choose to update; the confirmation says what will happen to each step before anything changes.
 */
import { useState } from 'react';
import {
  planChecklistUpgrade,
  type ChecklistStep,
  type ChecklistUpgradePlan,
} from '../../../shared/domain/runbooks/checklist';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { RunbookVersion } from '../../../shared/domain/runbooks/runbook';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { upgradeChecklist } from '../../db/runbooks/checklists';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';

interface Offer {
  readonly runbook: RunbookVersion;
  readonly running: number;
  readonly rows: readonly ChecklistStep[];
}

/** For each runbook on the checklist, its newest published version when that is newer than the one running. */
function offers(steps: readonly ChecklistStep[], library: readonly RunbookVersion[]): Offer[] {
  const byLineage = new Map<string, ChecklistStep[]>();
  for (const step of steps) {
    const rows = byLineage.get(step.lineageId);
    if (rows) rows.push(step);
    else byLineage.set(step.lineageId, [step]);
  }
  return [...byLineage].flatMap(([lineageId, rows]) => {
    const running = Math.max(...rows.map((row) => row.runbookVersion));
    const newest = library
      .filter((runbook) => runbook.lineageId === lineageId && runbook.status === 'published')
      .sort((a, b) => b.version - a.version)[0];
    return newest && newest.version > running ? [{ runbook: newest, running, rows }] : [];
  });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function UpgradeSummary({ plan, version }: { readonly plan: ChecklistUpgradePlan<unknown>; readonly version: number }) {
  return (
    <ul className="upgrade-summary">
      <li>
        {plural(plan.carried.length, 'step keeps its', 'steps keep their')} state, reason, evidence and owner, and{' '}
        {plan.carried.length === 1 ? 'takes' : 'take'} v{version}’s wording and due times.
      </li>
      {plan.added.length > 0 ? (
        <li>{plural(plan.added.length, 'new step is', 'new steps are')} added as to do.</li>
      ) : null}
      {plan.dropped.length > 0 ? (
        <li>
          {plural(plan.dropped.length, 'untouched step', 'untouched steps')} no longer in v{version}{' '}
          {plan.dropped.length === 1 ? 'is' : 'are'} removed.
        </li>
      ) : null}
      {plan.kept.length > 0 ? (
        <li>
          {plural(plan.kept.length, 'step', 'steps')} no longer in v{version}{' '}
          {plan.kept.length === 1 ? 'keeps' : 'keep'} the work recorded on {plan.kept.length === 1 ? 'it' : 'them'}.
        </li>
      ) : null}
      <li>The timeline records the update.</li>
    </ul>
  );
}

export function RunbookUpdates({
  incident,
  steps,
  library,
}: {
  readonly incident: Incident;
  readonly steps: readonly ChecklistStep[];
  /** Every runbook version in the library. */
  readonly library: readonly RunbookVersion[];
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [confirming, setConfirming] = useState<Offer | undefined>();
  const [busy, setBusy] = useState(false);
  const available = offers(steps, library);
  if (available.length === 0) return null;

  const plan = confirming ? planChecklistUpgrade(confirming.rows, confirming.runbook, incident.declaredAt) : undefined;
  const update = async (offer: Offer): Promise<void> => {
    setBusy(true);
    try {
      const result = await upgradeChecklist(db, actor, incident.id, offer.runbook.id);
      showToast('success', `Updated “${offer.runbook.title}” to v${result.to}.`);
      setConfirming(undefined);
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ul className="runbook-updates" aria-label="Runbook updates">
        {available.map((offer) => (
          <li key={offer.runbook.id} className="runbook-update">
            <p>
              <strong>{offer.runbook.title}</strong> v{offer.runbook.version} is published; this incident runs v
              {offer.running}.
            </p>
            <Button
              size="sm"
              aria-label={`Update “${offer.runbook.title}” to v${offer.runbook.version}`}
              onClick={() => setConfirming(offer)}
            >
              Update to v{offer.runbook.version}
            </Button>
          </li>
        ))}
      </ul>
      {confirming && plan ? (
        <ConfirmDialog
          open
          title={`Update the checklist to v${confirming.runbook.version}?`}
          message={<UpgradeSummary plan={plan} version={confirming.runbook.version} />}
          confirmLabel={`Update to v${confirming.runbook.version}`}
          busy={busy}
          onConfirm={() => void update(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      ) : null}
    </>
  );
}
