/**
 * Records one milestone as a fact — "Record containment" and the others: when it happened, the evidence that shows
 * it (items of this incident's evidence locker) and a note. Recording it again corrects the time; the timeline keeps
 * both.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  MILESTONE_ACTIONS,
  MILESTONE_LABELS,
  milestoneRecordSchema,
  type Milestone,
} from '../../../shared/domain/incidents/milestones';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { liveEvidenceOfSubject } from '../../db/evidence/queries';
import { recordMilestone } from '../../db/incidents/milestones';
import { Button } from '../../ui/Button';
import { DateTimeField } from '../../ui/DateTimeField';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { ZoneNote } from '../../ui/ZoneNote';
import { FormAlert } from '../../ui/FormAlert';

const formSchema = milestoneRecordSchema.omit({ milestone: true });
type MilestoneFormInput = z.input<typeof formSchema>;
type MilestoneForm = z.output<typeof formSchema>;

function nowToTheMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
}

export function RecordMilestoneDialog({
  incident,
  milestone,
  onClose,
}: {
  readonly incident: Incident;
  readonly milestone: Milestone;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const evidence = useLiveQuery(() => liveEvidenceOfSubject(db, incident.id), [db, incident.id]) ?? [];
  const [saveError, setSaveError] = useState<string | undefined>();
  const current = incident.milestones[milestone];
  const form = useForm<MilestoneFormInput, unknown, MilestoneForm>({
    resolver: zodResolver(formSchema, IN_WORDS),
    defaultValues: {
      at: current?.at ?? nowToTheMinute(),
      evidenceIds: current?.evidenceIds ?? [],
      note: current?.note ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const save = form.handleSubmit(async (values) => {
    setSaveError(undefined);
    try {
      await recordMilestone(db, actor, incident.id, { milestone, ...values });
      onClose();
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  return (
    <Dialog
      open
      size="sm"
      title={MILESTONE_ACTIONS[milestone]}
      description={`${incident.ref}: the time it actually happened, not when the phase changed. Reports print it as “${MILESTONE_LABELS[milestone]}”.`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void save()}>
            Record
          </Button>
        </>
      }
    >
      <DateTimeField
        control={form.control}
        name="at"
        label={`${MILESTONE_LABELS[milestone]} at`}
        hint={<ZoneNote />}
        error={errors.at?.message}
      />
      <fieldset className="choice-fieldset">
        <legend className="subsection-title">Evidence that shows it</legend>
        {evidence.length === 0 ? (
          <p className="field-hint">
            No evidence is held for this incident yet; add it on the Evidence panel to cite it.
          </p>
        ) : (
          <ul className="check-list">
            {evidence.map((item) => (
              <li key={item.id}>
                <label className="check-row">
                  <input type="checkbox" value={item.id} {...form.register('evidenceIds')} />
                  {item.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <Field label="Note" optional error={errors.note?.message}>
        {(control) => <textarea {...control} {...form.register('note')} className="textarea" rows={3} />}
      </Field>
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
