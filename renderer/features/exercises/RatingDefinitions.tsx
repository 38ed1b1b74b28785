/** The HSEEP ratings with their exact definitions, shown wherever evaluators rate. */
import {
  HSEEP_RATINGS,
  HSEEP_RATING_DEFINITIONS,
  HSEEP_RATING_LABELS,
} from '../../../shared/domain/exercises/evaluation';

export function RatingDefinitions() {
  return (
    <details className="rating-definitions" open>
      <summary>Rating definitions (HSEEP)</summary>
      <dl>
        {HSEEP_RATINGS.map((rating) => (
          <div key={rating} className="rating-definition">
            <dt>
              <strong>{rating}</strong> — {HSEEP_RATING_LABELS[rating]}
            </dt>
            <dd>{HSEEP_RATING_DEFINITIONS[rating]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
