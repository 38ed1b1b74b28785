/** Records that an audience was told: when, by whom, through which channel and what was sent or said. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  markNotifiedSchema,
  type MarkNotifiedInput,
  type PlanEntry,
} from '../../../shared/domain/stakeholders/notificationPlan';
import {
  AUDIENCE_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  type Stakeholder,
} from '../../../shared/domain/stakeholders/stakeholder';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { markNotified } from '../../db/stakeholders/notifications';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { DateTimeField } from '../../ui/DateTimeField';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { ZoneNote } from '../../ui/ZoneNote';

function nowToTheMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
}

export function MarkNotifiedDialog({
  incidentId,
  entry,
  stakeholders,
  onClose,
}: {
  readonly incidentId: string;
  readonly entry: PlanEntry;
  readonly stakeholders: readonly Stakeholder[];
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const form = useForm<MarkNotifiedInput>({
    resolver: zodResolver(markNotifiedSchema, IN_WORDS),
    defaultValues: {
      audience: entry.audience,
      notifiedAt: nowToTheMinute(),
      by: actor.name,
      channel: stakeholders[0]?.channel ?? 'phone',
      sent: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { submit: save, saveError } = useSaveSubmit(form, async (input) => {
    await markNotified(db, actor, incidentId, input);
    onClose();
  });
  return (
    <Dialog
      open
      size="sm"
      title={`Mark notified: ${AUDIENCE_LABELS[entry.audience]}`}
      description="Goes on the timeline as a communication."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void save()}>
            Mark notified
          </Button>
        </>
      }
    >
      <DateTimeField
        control={form.control}
        name="notifiedAt"
        label="Notified at"
        hint={<ZoneNote />}
        error={errors.notifiedAt?.message}
      />
      <Field label="Notified by" error={errors.by?.message}>
        {(control) => <input {...control} {...form.register('by')} className="input" />}
      </Field>
      <Field label="Channel" error={errors.channel?.message}>
        {(control) => (
          <select {...control} {...form.register('channel')} className="select">
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="What was sent or said" error={errors.sent?.message}>
        {(control) => <textarea {...control} {...form.register('sent')} className="textarea" rows={3} />}
      </Field>
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
