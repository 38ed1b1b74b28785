/**
 * Records when something the clocks run from happened: a submission of one stage (which may start the next stage's
 * clock) or an anchor event such as classification as major. The entry goes on the timeline at the event's time.
 */
import { useState } from 'react';
import type { RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import type { AnchorName } from '../../../shared/domain/regulatory/clockInput';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordAnchorEvent, recordSubmission } from '../../db/regulatory/regulatoryProfiles';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { LocalDateTimeInput } from '../../ui/LocalDateTimeInput';
import { ZoneNote } from '../../ui/ZoneNote';
import { RECORDABLE_ANCHORS, regimeName } from './regimeLabels';

export type RecordWhat = { readonly kind: 'submission'; readonly clock: RegulatoryClock } | { readonly kind: 'event' };

function nowToTheMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
}

export function RecordEventDialog({
  incidentId,
  what,
  onClose,
}: {
  readonly incidentId: string;
  readonly what: RecordWhat;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [at, setAt] = useState(nowToTheMinute);
  const [anchor, setAnchor] = useState<AnchorName | ''>('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const record = async (): Promise<void> => {
    if (what.kind === 'event' && anchor === '') {
      setProblem('Choose which event happened.');
      return;
    }
    setBusy(true);
    try {
      if (what.kind === 'submission') {
        await recordSubmission(db, actor, incidentId, {
          regime: what.clock.regime,
          stage: what.clock.stage,
          submittedAt: at,
        });
      } else if (anchor !== '') {
        await recordAnchorEvent(db, actor, incidentId, { anchor, at });
      }
      onClose();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  const title =
    what.kind === 'submission' ? `Record submission: ${what.clock.title}` : 'Record an event the clocks run from';
  return (
    <Dialog
      open
      size="sm"
      title={title}
      description={what.kind === 'submission' ? regimeName(what.clock.regime) : undefined}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void record()}>
            Record
          </Button>
        </>
      }
    >
      {what.kind === 'event' ? (
        <Field label="Event">
          {(control) => (
            <select
              {...control}
              className="select"
              value={anchor}
              onChange={(event) =>
                setAnchor(RECORDABLE_ANCHORS.find((option) => option.id === event.target.value)?.id ?? '')
              }
            >
              <option value="">Choose an event…</option>
              {RECORDABLE_ANCHORS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={what.kind === 'submission' ? 'Submitted at' : 'Happened at'} hint={<ZoneNote />} error={problem}>
        {(control) => <LocalDateTimeInput {...control} value={at} onChange={setAt} />}
      </Field>
    </Dialog>
  );
}
