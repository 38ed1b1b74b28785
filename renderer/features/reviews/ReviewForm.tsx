/**
 * The post-incident review form (react-hook-form with the shared `reviewFormSchema`): blameless by design — it says
 * so at the top, and the blameless check advises beside the summary, the causes and the lessons. "Save draft" keeps
 * work in progress; "Complete review" saves and completes it, refused in words while something is missing.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  DETECTION_METHODS,
  DETECTION_METHOD_LABELS,
  reviewCompletionProblems,
  reviewFormSchema,
  type Review,
  type ReviewForm as ReviewFormValues,
  type ReviewFormInput,
} from '../../../shared/domain/reviews/review';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { completeReview, saveReview } from '../../db/reviews/reviews';
import { Button } from '../../ui/Button';
import { DateTimeField } from '../../ui/DateTimeField';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import { showToast } from '../../ui/toastStore';
import { ZoneNote } from '../../ui/ZoneNote';
import { BlameHints } from './BlameHints';
import { CsetHarmSection } from './CsetHarmSection';
import { reviewFormValues, toSavedForm } from './reviewFormValues';
import { RootCauseSection } from './RootCauseSection';
import { TimelinePicker } from './TimelinePicker';
import { FormAlert } from '../../ui/FormAlert';

type Form = UseFormReturn<ReviewFormInput, unknown, ReviewFormValues>;

function WatchedText({
  form,
  name,
  label,
  people,
  rows = 4,
  hint,
}: {
  readonly form: Form;
  readonly name: 'summary' | 'wentWell' | 'wentWrong' | 'gotLucky';
  readonly label: string;
  readonly people: readonly string[];
  readonly rows?: number;
  readonly hint?: string;
}) {
  const text = useWatch({ control: form.control, name }) ?? '';
  return (
    <>
      <Field label={label} hint={hint} error={form.formState.errors[name]?.message}>
        {(control) => <textarea {...control} {...form.register(name)} className="textarea" rows={rows} />}
      </Field>
      <BlameHints text={text} people={people} />
    </>
  );
}

export function ReviewForm({
  review,
  entries,
  people,
}: {
  readonly review: Review;
  readonly entries: readonly TimelineEntry[];
  readonly people: readonly string[];
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form: Form = useForm<ReviewFormInput, unknown, ReviewFormValues>({
    resolver: zodResolver(reviewFormSchema),
    defaultValues: reviewFormValues(review),
  });
  const { errors, isSubmitting } = form.formState;

  const run = (complete: boolean) =>
    form.handleSubmit(async (values) => {
      setSaveError(undefined);
      const saved = toSavedForm(values);
      if (complete) {
        const problems = reviewCompletionProblems(saved);
        if (problems.length > 0) {
          setSaveError(`To complete the review: ${problems.join(' ')} The draft was not saved.`);
          return;
        }
      }
      try {
        const result = await (complete ? completeReview : saveReview)(db, actor, review.id, saved);
        form.reset(reviewFormValues(result));
        showToast('success', complete ? `${result.ref} is complete.` : `Draft of ${result.ref} saved.`);
      } catch (error) {
        setSaveError(describeError(error));
      }
    });

  return (
    <form className="review-form" noValidate onSubmit={(event) => void run(false)(event)}>
      <div className="banner banner-info blameless-note" role="note">
        <strong>This is a blameless review.</strong> Describe what the system, the data and the process allowed — not
        who is to blame. People acted on what they knew at the time. A gentle check points out blaming words; you may
        keep your text.
      </div>
      <FormSection title="Summary" description="What happened, in a few sentences a newcomer could follow.">
        <WatchedText form={form} name="summary" label="Summary" people={people} rows={5} />
      </FormSection>
      <FormSection title="Impact" description="Who and what was affected, and for how long customers felt it.">
        <Field label="Who was affected" error={errors.impact?.who?.message}>
          {(control) => <input {...control} {...form.register('impact.who')} className="input" />}
        </Field>
        <Field label="What was affected" error={errors.impact?.what?.message}>
          {(control) => <textarea {...control} {...form.register('impact.what')} className="textarea" rows={3} />}
        </Field>
        <div className="field-row">
          <DateTimeField
            control={form.control}
            name="impact.customerImpactStart"
            label="Customer impact started"
            error={errors.impact?.customerImpactStart?.message}
            hint={<ZoneNote />}
          />
          <DateTimeField
            control={form.control}
            name="impact.customerImpactEnd"
            label="Customer impact ended"
            error={errors.impact?.customerImpactEnd?.message}
            hint={<ZoneNote />}
          />
        </div>
      </FormSection>
      <FormSection
        title="Timeline"
        description="Pick the incident’s own entries that tell the story, and annotate them."
      >
        <TimelinePicker form={form} entries={entries} />
      </FormSection>
      <RootCauseSection form={form} people={people} />
      <FormSection title="Detection" description="How the incident was found.">
        <div className="field-row">
          <Field label="How it was found" error={errors.detection?.method?.message}>
            {(control) => (
              <select {...control} {...form.register('detection.method')} className="select">
                <option value="">Choose…</option>
                {DETECTION_METHODS.map((method) => (
                  <option key={method} value={method}>
                    {DETECTION_METHOD_LABELS[method]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Detection detail" optional>
            {(control) => <input {...control} {...form.register('detection.detail')} className="input" />}
          </Field>
        </div>
      </FormSection>
      <FormSection title="Lessons" description="Keep what worked, fix what did not, and name the luck you relied on.">
        <WatchedText form={form} name="wentWell" label="What went well" people={people} rows={3} />
        <WatchedText form={form} name="wentWrong" label="What went wrong" people={people} rows={3} />
        <WatchedText form={form} name="gotLucky" label="Where we got lucky" people={people} rows={3} />
      </FormSection>
      <CsetHarmSection form={form} />
      <div className="form-footer">
        <div className="form-footer-messages">
          <FormAlert>{saveError}</FormAlert>
        </div>
        <div className="form-footer-actions">
          <Button type="submit" busy={isSubmitting}>
            {review.status === 'complete' ? 'Save changes' : 'Save draft'}
          </Button>
          {review.status === 'complete' ? null : (
            <Button variant="primary" icon="check" busy={isSubmitting} onClick={(event) => void run(true)(event)}>
              Complete review
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
