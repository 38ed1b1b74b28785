/**
 * Adding evidence to an incident: where it came from (system, location, method), a description, tags and the AI
 * system, then files by drag and drop or the file picker (one or many, any type). The details are checked with the
 * shared schema before any file is read, and problems are shown beside their fields. The browser file input works in
 * Electron's sandboxed renderer and in the test host alike; intake then runs in a worker. Not shown in legal review
 * mode (the evidence panel leaves it out).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Subject } from '../../../shared/domain/subject';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toastStore';
import { describeError } from '../../ui/errorMessage';
import { nowIso } from '../../../shared/domain/time';
import {
  evidenceDetailsFormSchema,
  type EvidenceDetails,
  type EvidenceDetailsForm,
  type EvidenceDetailsFormInput,
} from '../../../shared/domain/evidence/evidence';
import { IN_WORDS } from '../../../shared/errors';
import { takeIntoEvidence } from './runIntake';

const FIELDS = [
  ['system', 'Source system', 'e.g. inference gateway'],
  ['location', 'Location', 'host, path or bucket'],
  ['method', 'Method', 'e.g. exported from gateway logs'],
  ['aiSystem', 'AI system', undefined],
  ['tags', 'Tags', 'comma-separated'],
] as const;

export function IntakeForm({ subject }: { readonly subject: Subject }) {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const form = useForm<EvidenceDetailsFormInput, unknown, EvidenceDetailsForm>({
    resolver: zodResolver(evidenceDetailsFormSchema, IN_WORDS),
    defaultValues: { system: '', location: '', method: '', aiSystem: '', tags: '', description: '' },
  });
  const { errors } = form.formState;

  const take = (files: readonly File[]): void => {
    if (files.length === 0) return;
    void form.handleSubmit((values) => {
      const details: EvidenceDetails = {
        acquiredAt: nowIso(),
        acquiredBy: profile.name,
        source: { system: values.system, location: values.location, method: values.method },
        description: values.description,
        tags: values.tags,
        aiSystem: values.aiSystem,
      };
      takeIntoEvidence(db, actor, subject, files, details).catch((error: unknown) =>
        showToast('error', describeError(error)),
      );
    })();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    take([...event.dataTransfer.files]);
  };

  const noSubmit = (event: FormEvent): void => event.preventDefault();

  return (
    <form className="intake-form" aria-label="Add evidence" onSubmit={noSubmit} noValidate>
      <div className="intake-fields">
        {FIELDS.map(([key, label, hint]) => (
          <Field key={key} label={label} optional hint={hint} error={errors[key]?.message}>
            {(control) => <input {...control} {...form.register(key)} className="input" />}
          </Field>
        ))}
        <Field label="Description" optional className="intake-description" error={errors.description?.message}>
          {(control) => <input {...control} {...form.register('description')} className="input" />}
        </Field>
      </div>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Icon name="plus" size={20} />
        <span>
          Drop files here, or{' '}
          <label htmlFor={inputId} className="drop-zone-pick">
            choose files
          </label>
        </span>
        <span className="muted">Any type and size; the SHA-256 is computed as each file is read.</span>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          aria-label="Add evidence files"
          onChange={(event) => {
            take([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
    </form>
  );
}
