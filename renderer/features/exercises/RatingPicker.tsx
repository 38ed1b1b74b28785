/** A P/S/M/U rating with a note, saved on demand; each rating's HSEEP definition is on its option. */
import { useState } from 'react';
import {
  HSEEP_RATINGS,
  HSEEP_RATING_DEFINITIONS,
  HSEEP_RATING_LABELS,
  type HseepRating,
  type RatingAssessment,
} from '../../../shared/domain/exercises/evaluation';
import { useReadOnly } from '../../app/useLegalReview';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

export function RatingPicker({
  name,
  label,
  saved,
  suggested,
  onSave,
}: {
  readonly name: string;
  readonly label: string;
  readonly saved: RatingAssessment | undefined;
  readonly suggested?: HseepRating | null;
  readonly onSave: (assessment: RatingAssessment) => Promise<string | undefined>;
}) {
  const readOnly = useReadOnly();
  const [rating, setRating] = useState<HseepRating | ''>(saved?.rating ?? '');
  const [note, setNote] = useState(saved?.note ?? '');
  const [error, setError] = useState<string | undefined>();
  if (readOnly) {
    return (
      <p>
        {saved
          ? `${saved.rating} — ${HSEEP_RATING_LABELS[saved.rating]}${saved.note ? `. ${saved.note}` : ''}`
          : 'Not rated'}
      </p>
    );
  }
  return (
    <div className="rating-picker">
      <fieldset className="choice-row">
        <legend className="rating-legend">
          {label}
          {suggested ? <span className="muted"> (targets suggest {suggested})</span> : null}
        </legend>
        {HSEEP_RATINGS.map((value) => (
          <label key={value} className="choice" title={HSEEP_RATING_DEFINITIONS[value]}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={rating === value}
              onChange={() => setRating(value)}
            />
            <strong>{value}</strong> {HSEEP_RATING_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <Field label={`Observation notes for ${label}`} error={error}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <Button
        size="sm"
        onClick={() => {
          if (rating === '') {
            setError('Choose P, S, M or U.');
            return;
          }
          void onSave({ rating, note }).then(setError);
        }}
      >
        Save rating
      </Button>
    </div>
  );
}
