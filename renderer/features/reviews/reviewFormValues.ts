/** The review form's values: from a stored review, and back (CSET fields left empty are not recorded). */
import type { CsetHarm } from '../../../shared/domain/reviews/cset';
import type { Review, ReviewForm, ReviewFormInput } from '../../../shared/domain/reviews/review';

export const EMPTY_CAUSE = { text: '', category: '', avid: [], atlas: [] } as const;
export const EMPTY_CSET: CsetHarm = {
  harmDomain: null,
  tangibleHarm: null,
  harmLevel: null,
  sector: '',
  harmedClass: '',
};

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
    cset: cset ?? EMPTY_CSET,
  };
}

/** What is saved: empty whys dropped, CSET null when nothing was recorded. */
export function toSavedForm(form: ReviewForm): ReviewForm {
  const cset = form.cset;
  const recorded = cset !== null && Object.values(cset).some((value) => value !== null && value !== '');
  return {
    ...form,
    rootCause: { ...form.rootCause, fiveWhys: form.rootCause.fiveWhys.filter((why) => why !== '') },
    cset: recorded ? cset : null,
  };
}
