/**
 * Changes what is said about an item — source, description, tags, AI system — never its bytes or hash. The fields
 * are checked with the shared schema and problems shown beside them; items on legal hold are refused by the
 * repository, and the refusal is shown here in words.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { updateEvidenceDetails } from '../../db/evidence/evidence';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import {
  evidenceDetailsFormSchema,
  type EvidenceDetailsForm,
  type EvidenceDetailsFormInput,
  type EvidenceItem,
} from '../../../shared/domain/evidence/evidence';
import { IN_WORDS } from '../../../shared/errors';
import { FormAlert } from '../../ui/FormAlert';

const FIELDS = [
  ['system', 'Source system'],
  ['location', 'Location'],
  ['method', 'Method'],
  ['aiSystem', 'AI system'],
  ['tags', 'Tags'],
] as const;

export function EditDetailsDialog({ item, onClose }: { readonly item: EvidenceItem; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState('');
  const form = useForm<EvidenceDetailsFormInput, unknown, EvidenceDetailsForm>({
    resolver: zodResolver(evidenceDetailsFormSchema, IN_WORDS),
    defaultValues: {
      system: item.source.system,
      location: item.source.location,
      method: item.source.method,
      aiSystem: item.aiSystem,
      tags: item.tags.join(', '),
      description: item.description,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setSaveError('');
    try {
      await updateEvidenceDetails(db, actor, item.id, {
        acquiredAt: item.acquiredAt,
        acquiredBy: item.acquiredBy,
        source: { system: values.system, location: values.location, method: values.method },
        description: values.description,
        tags: values.tags,
        aiSystem: values.aiSystem,
      });
      onClose();
    } catch (caught) {
      setSaveError(describeError(caught));
    }
  });

  return (
    <Dialog open title="Edit evidence details" onClose={onClose} size="md">
      <form className="snapshot-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="snapshot-grid">
          {FIELDS.map(([key, label]) => (
            <Field key={key} label={label} optional error={errors[key]?.message}>
              {(control) => <input {...control} {...form.register(key)} className="input" />}
            </Field>
          ))}
        </div>
        <Field label="Description" optional error={errors.description?.message}>
          {(control) => <textarea {...control} {...form.register('description')} className="textarea" rows={3} />}
        </Field>
        <FormAlert>{saveError}</FormAlert>
        <div className="form-actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={isSubmitting}>
            Save details
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
