/**
 * The review's timeline is drawn from the incident's own: tick the entries that tell the story and annotate them.
 * Entries are referenced by id, never retyped, so the review cannot disagree with the record.
 */
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { ReviewForm, ReviewFormInput } from '../../../shared/domain/reviews/review';
import { ENTRY_KIND_LABELS, type TimelineEntry } from '../../../shared/domain/timeline';
import { DateTime } from '../../ui/DateTime';
import { Field } from '../../ui/Field';

export function TimelinePicker({
  form,
  entries,
}: {
  readonly form: UseFormReturn<ReviewFormInput, unknown, ReviewForm>;
  readonly entries: readonly TimelineEntry[];
}) {
  const picked = useFieldArray({ control: form.control, name: 'timeline', keyName: 'key' });
  if (entries.length === 0) {
    return (
      <p className="muted">The incident’s timeline is empty: add notes and decisions on the incident page first.</p>
    );
  }
  return (
    <ol className="timeline-picker">
      {entries.map((entry) => {
        const index = picked.fields.findIndex((field) => field.entryId === entry.id);
        const checked = index >= 0;
        return (
          <li key={entry.id} className={checked ? 'timeline-pick is-picked' : 'timeline-pick'}>
            <label className="check-row">
              <input
                type="checkbox"
                checked={checked}
                onChange={() => (checked ? picked.remove(index) : picked.append({ entryId: entry.id, annotation: '' }))}
              />
              <span>
                <DateTime iso={entry.occurredAt} /> · {ENTRY_KIND_LABELS[entry.kind]} — {entry.text}
              </span>
            </label>
            {checked ? (
              <Field label={`Review note on “${entry.text.slice(0, 40)}”`} optional>
                {(control) => (
                  <textarea
                    {...control}
                    {...form.register(`timeline.${index}.annotation`)}
                    className="textarea"
                    rows={2}
                  />
                )}
              </Field>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
