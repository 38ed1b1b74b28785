/**
 * Records an AI system snapshot in one step: model id and version, weights or config hash, system prompt,
 * guardrail versions and RAG index version, as they are now — before anyone changes the system (EU AI Act
 * Art. 73(6)). The fields are checked with the shared snapshot schema, problems shown beside them; the snapshot is
 * stored and hashed like any evidence file.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Subject } from '../../../shared/domain/subject';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordSystemSnapshot } from '../../db/evidence/evidence';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import {
  aiSystemSnapshotFormSchema,
  type AiSystemSnapshotForm,
  type AiSystemSnapshotFormInput,
} from '../../../shared/domain/evidence/evidence';
import { nowIso } from '../../../shared/domain/time';
import { IN_WORDS } from '../../../shared/errors';
import { FormAlert } from '../../ui/FormAlert';

const FIELDS = [
  ['modelId', 'Model id', true],
  ['modelVersion', 'Model version', true],
  ['weightsOrConfigHash', 'Weights or config hash', false],
  ['guardrailVersions', 'Guardrail versions', false],
  ['ragIndexVersion', 'RAG index version', false],
] as const;

export function SnapshotDialog({ subject, onClose }: { readonly subject: Subject; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const [saveError, setSaveError] = useState('');
  const form = useForm<AiSystemSnapshotFormInput, unknown, AiSystemSnapshotForm>({
    resolver: zodResolver(aiSystemSnapshotFormSchema, IN_WORDS),
    defaultValues: {
      modelId: '',
      modelVersion: '',
      weightsOrConfigHash: '',
      systemPrompt: '',
      guardrailVersions: '',
      ragIndexVersion: '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setSaveError('');
    try {
      const now = nowIso();
      const item = await recordSystemSnapshot(
        db,
        actor,
        subject,
        { ...values, capturedAt: now },
        {
          acquiredAt: now,
          acquiredBy: profile.name,
          source: { system: values.modelId, location: '', method: 'AI system snapshot recorded in Firebreak' },
          description: 'State of the AI system before any change.',
          tags: ['snapshot'],
          aiSystem: values.modelId,
        },
      );
      showToast('success', `Snapshot recorded, SHA-256 ${item.sha256.slice(0, 12)}…`);
      onClose();
    } catch (caught) {
      setSaveError(describeError(caught));
    }
  });

  return (
    <Dialog
      open
      title="Record AI system snapshot"
      description="Record the system's state now, before anyone changes it. Authorities must be informed before the system is altered."
      onClose={onClose}
      size="lg"
    >
      <form className="snapshot-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="snapshot-grid">
          {FIELDS.map(([key, label, required]) => (
            <Field key={key} label={label} optional={!required} error={errors[key]?.message}>
              {(control) => <input {...control} {...form.register(key)} className="input mono" />}
            </Field>
          ))}
        </div>
        <Field label="System prompt" optional error={errors.systemPrompt?.message}>
          {(control) => <textarea {...control} {...form.register('systemPrompt')} className="textarea mono" rows={6} />}
        </Field>
        <FormAlert>{saveError}</FormAlert>
        <div className="form-actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={isSubmitting}>
            Record snapshot
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
