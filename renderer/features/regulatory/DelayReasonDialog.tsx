/** Asks for the reasons a late filing must give (GDPR Art. 33(1), DORA Art. 5(3)); kept beside the clock. */
import type { RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import { delayReasonTextSchema } from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordDelayReason } from '../../db/regulatory/regulatoryProfiles';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useReasonedAction } from '../../ui/useReasonedAction';
import { regimeName } from './regimeLabels';

export function DelayReasonDialog({
  incidentId,
  clock,
  onClose,
}: {
  readonly incidentId: string;
  readonly clock: RegulatoryClock;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const { problem, busy, run } = useReasonedAction(
    (reason) => recordDelayReason(db, actor, incidentId, { regime: clock.regime, stage: clock.stage, reason }),
    onClose,
  );
  return (
    <ReasonDialog
      title={`Reasons for delay: ${clock.title}`}
      description={`${regimeName(clock.regime)}. A notification made after its deadline must give the reasons for the delay; they are kept with the clock, on the timeline, and go into the filing.`}
      fieldLabel="Reasons for the delay"
      confirmLabel="Record reasons"
      textSchema={delayReasonTextSchema}
      error={problem}
      busy={busy}
      onConfirm={run}
      onClose={onClose}
    />
  );
}
