/** The review form's values: from a stored review, and back (CSET fields left empty are not recorded). */
import { csetHarmSchema, type CsetHarm } from '../../../shared/domain/reviews/cset';
import type { Review, ReviewForm, ReviewFormInput } from '../../../shared/domain/reviews/review';

export const EMPTY_CAUSE = { text: '', category: '', avid: [], atlas: [] } as const;
/** Every CSET field not recorded (the schema's defaults). */
export const EMPTY_CSET: CsetHarm = csetHarmSchema.parse({});

export function reviewFormValues(review: Review): ReviewFormInput {
  const { summary, impact, timeline, rootCause, detection, wentWell, wentWrong, gotLucky, cset } = review;
  return {
    summary,
    impact,
    timeline,
    rootCause: { ...rootCause, fiveWhys: [0, 1, 2, 3, 4].map((i) => rootCause.fiveWhys[i] ?? '') },
    detection,
    wentWell,
    wentWrong,
    gotLucky,
    // A review saved before a field existed lacks it: the field shows as not recorded.
    cset: { ...EMPTY_CSET, ...cset },
  };
}

/** What is saved: empty whys dropped, CSET null when nothing was recorded. */
export function toSavedForm(form: ReviewForm): ReviewForm {
  const cset = form.cset;
  const recorded =
    cset !== null && Object.values(cset).some((value) => value !== null && value !== undefined && value !== '');
  return {
    ...form,
    rootCause: { ...form.rootCause, fiveWhys: form.rootCause.fiveWhys.filter((why) => why !== '') },
    cset: recorded ? cset : null,
  };
}
