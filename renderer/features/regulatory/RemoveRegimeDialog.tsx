/** Asks why a regime no longer applies before dropping it; the reason goes on the record and the timeline. */
import type { RegimeId } from '../../../shared/domain/regulatory/clockInput';
import { regimeReasonSchema } from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { removeRegime } from '../../db/regulatory/regulatoryProfiles';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useReasonedAction } from '../../ui/useReasonedAction';
import { regimeName } from './regimeLabels';

export function RemoveRegimeDialog({
  incidentId,
  regime,
  onClose,
}: {
  readonly incidentId: string;
  readonly regime: RegimeId;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const { problem, busy, run } = useReasonedAction(
    (reason) => removeRegime(db, actor, incidentId, { regime, reason }),
    onClose,
  );

  return (
    <ReasonDialog
      alert
      destructive
      title={`Remove ${regimeName(regime)}?`}
      description="Its clocks stop showing. The removal and your reason are kept on the record and the timeline."
      fieldLabel="Why it does not apply"
      confirmLabel="Remove regime"
      cancelLabel="Keep it"
      textSchema={regimeReasonSchema}
      error={problem}
      busy={busy}
      onConfirm={run}
      onClose={onClose}
    />
  );
}
