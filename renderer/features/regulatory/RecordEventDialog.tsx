/**
 * Records when something the clocks run from happened: a submission of one stage (which may start the next stage's
 * clock) or an anchor event such as classification as major. The entry goes on the timeline at the event's time.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { IN_WORDS } from '../../../shared/errors';
import type { RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import { recordAnchorSchema } from '../../../shared/domain/regulatory/regulatoryProfile';
import { isoTimestampSchema } from '../../../shared/domain/time';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordAnchorEvent, recordSubmission } from '../../db/regulatory/regulatoryProfiles';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { DateTimeField } from '../../ui/DateTimeField';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { ZoneNote } from '../../ui/ZoneNote';
import { RECORDABLE_ANCHORS, regimeName } from './regimeLabels';

export type RecordWhat = { readonly kind: 'submission'; readonly clock: RegulatoryClock } | { readonly kind: 'event' };

/** An event names which anchor happened; a submission's stage is the clock's own. */
const eventFormSchema = recordAnchorSchema;
const submissionFormSchema = z.object({ anchor: z.string().optional(), at: isoTimestampSchema });
type RecordForm = { anchor?: string; at: string };

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
  const form = useForm<RecordForm>({
    resolver: zodResolver<RecordForm, unknown, RecordForm>(
      what.kind === 'event' ? eventFormSchema : submissionFormSchema,
      IN_WORDS,
    ),
    defaultValues: { anchor: '', at: nowToTheMinute() },
  });
  const { errors, isSubmitting } = form.formState;

  const { submit: record, saveError } = useSaveSubmit(form, async ({ anchor, at }) => {
    if (what.kind === 'submission') {
      await recordSubmission(db, actor, incidentId, {
        regime: what.clock.regime,
        stage: what.clock.stage,
        submittedAt: at,
      });
    } else {
      await recordAnchorEvent(db, actor, incidentId, eventFormSchema.parse({ anchor, at }));
    }
    onClose();
  });

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
          <Button variant="primary" busy={isSubmitting} onClick={() => void record()}>
            Record
          </Button>
        </>
      }
    >
      {what.kind === 'event' ? (
        <Field label="Event" error={errors.anchor?.message}>
          {(control) => (
            <select {...control} {...form.register('anchor')} className="select">
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
      <DateTimeField
        control={form.control}
        name="at"
        label={what.kind === 'submission' ? 'Submitted at' : 'Happened at'}
        hint={<ZoneNote />}
        error={errors.at?.message}
      />
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
