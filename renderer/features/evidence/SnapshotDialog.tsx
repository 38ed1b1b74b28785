/**
 * Records an AI system snapshot in one step: model id and version, weights or config hash, system prompt,
 * guardrail versions and RAG index version, as they are now — before anyone changes the system (EU AI Act
 * Art. 73(6)). The snapshot is stored and hashed like any evidence file.
 */
import type { Subject } from '../../../shared/domain/subject';
import { useState, type FormEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordSystemSnapshot } from '../../db/evidence/evidence';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { nowIso } from '../../../shared/domain/time';

const FIELDS = [
  ['modelId', 'Model id', true],
  ['modelVersion', 'Model version', true],
  ['weightsOrConfigHash', 'Weights or config hash', false],
  ['guardrailVersions', 'Guardrail versions', false],
  ['ragIndexVersion', 'RAG index version', false],
] as const;
type FieldKey = (typeof FIELDS)[number][0];

export function SnapshotDialog({ subject, onClose }: { readonly subject: Subject; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const [values, setValues] = useState<Record<FieldKey, string>>({
    modelId: '',
    modelVersion: '',
    weightsOrConfigHash: '',
    guardrailVersions: '',
    ragIndexVersion: '',
  });
  const [systemPrompt, setSystemPrompt] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (values.modelId.trim() === '' || values.modelVersion.trim() === '') {
      setError('Enter at least the model id and version.');
      return;
    }
    setBusy(true);
    try {
      const now = nowIso();
      const item = await recordSystemSnapshot(
        db,
        actor,
        subject,
        { ...values, systemPrompt, capturedAt: now },
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
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

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
            <Field key={key} label={label} optional={!required}>
              {(control) => (
                <input
                  {...control}
                  className="input mono"
                  value={values[key]}
                  onChange={(event) => setValues({ ...values, [key]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        <Field label="System prompt" optional>
          {(control) => (
            <textarea
              {...control}
              className="textarea mono"
              rows={6}
              value={systemPrompt}
              onChange={(event) => setSystemPrompt(event.target.value)}
            />
          )}
        </Field>
        {error ? (
          <p className="form-alert" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={busy}>
            Record snapshot
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
