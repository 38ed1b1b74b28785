/** The EXERCISE marking every exercise screen carries, so nobody mistakes practice for a real incident. */
export function ExerciseBanner({ reference }: { readonly reference?: string }) {
  return (
    <div className="exercise-banner" role="note" aria-label="Exercise">
      <strong>EXERCISE</strong>
      <span>
        {reference ? `${reference} · ` : ''}Practice only: nothing here is a real incident, and none of it counts in
        metrics, regulatory clocks or escalations.
      </span>
    </div>
  );
}
