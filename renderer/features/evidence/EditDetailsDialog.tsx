/**
 * Changes what is said about an item — source, description, tags, AI system — never its bytes or hash. Refused for
 * items on legal hold (by the repository, so the refusal is shown here in words).
 */
import { useState, type FormEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { updateEvidenceDetails } from '../../db/evidence/evidence';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';

export function EditDetailsDialog({ item, onClose }: { readonly item: EvidenceItem; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [values, setValues] = useState({
    system: item.source.system,
    location: item.source.location,
    method: item.source.method,
    aiSystem: item.aiSystem,
    tags: item.tags.join(', '),
    description: item.description,
  });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const fields = [
    ['system', 'Source system'],
    ['location', 'Location'],
    ['method', 'Method'],
    ['aiSystem', 'AI system'],
    ['tags', 'Tags'],
  ] as const;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      await updateEvidenceDetails(db, actor, item.id, {
        acquiredAt: item.acquiredAt,
        acquiredBy: item.acquiredBy,
        source: { system: values.system, location: values.location, method: values.method },
        description: values.description,
        tags: values.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        aiSystem: values.aiSystem,
      });
      onClose();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title="Edit evidence details" onClose={onClose} size="md">
      <form className="snapshot-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="snapshot-grid">
          {fields.map(([key, label]) => (
            <Field key={key} label={label} optional>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={values[key]}
                  onChange={(event) => setValues({ ...values, [key]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        <Field label="Description" optional>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={3}
              value={values.description}
              onChange={(event) => setValues({ ...values, description: event.target.value })}
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
            Save details
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
