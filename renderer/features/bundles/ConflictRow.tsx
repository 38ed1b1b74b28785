/** One conflict: the field, every standing value with who set it and when, and "Keep this value" with a reason. */
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { resolveStoredConflict, type StoredConflict } from '../../db/bundles/conflicts';
import { LEGAL_FIELD_LABELS } from '../../../shared/domain/sync/mergeRules';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { describeError } from '../../ui/errorMessage';
import { formatDateTime } from '../../ui/formatTime';

function shown(value: unknown): string {
  if (typeof value === 'string') return /^\d{4}-\d\d-\d\dT/.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value)) return value.join(', ');
  if (value === null || value === undefined) return 'none';
  return JSON.stringify(value);
}

export function ConflictRow({ conflict }: { readonly conflict: StoredConflict }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const fieldName = LEGAL_FIELD_LABELS[conflict.field] ?? conflict.field;
  const keep = async (hlc: string) => {
    setError(undefined);
    try {
      await resolveStoredConflict(db, actor, {
        entity: conflict.entity,
        id: conflict.id,
        field: conflict.field,
        chosenHlc: hlc,
        reason,
      });
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <article className="bundle-conflict stack" aria-label={`${fieldName} of ${conflict.label}`}>
      <h3>
        {conflict.label}: {fieldName}
      </h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Set by</th>
            <th scope="col">When</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {conflict.candidates.map((candidate, index) => (
            <tr key={candidate.hlc}>
              <td>
                {shown(candidate.value)}
                {index === 0 ? ' (shown meanwhile)' : ''}
              </td>
              <td>{candidate.by}</td>
              <td>{formatDateTime(candidate.at)}</td>
              <td>
                <Button
                  variant="secondary"
                  onClick={() => void keep(candidate.hlc)}
                  aria-label={`Keep ${shown(candidate.value)} set by ${candidate.by}`}
                >
                  Keep this value
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Field
        label={`Reason for the ${fieldName.toLowerCase()} chosen`}
        hint="Write it first, then keep a value: the reason goes into the audit log with your choice."
        error={error}
      >
        {(control) => (
          <input {...control} className="input" value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
    </article>
  );
}
