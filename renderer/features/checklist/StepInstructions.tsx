/** A step's instructions and sub-steps behind a disclosure; the Markdown is only rendered once it is opened. */
import { memo, useState } from 'react';
import { SafeMarkdown } from '../../ui/SafeMarkdown';

function StepInstructionsView({
  instructions,
  subSteps,
}: {
  readonly instructions: string;
  readonly subSteps: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="checklist-step-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Instructions</summary>
      {open ? (
        <>
          <SafeMarkdown source={instructions} />
          {subSteps.length > 0 ? (
            <ul className="checklist-substeps">
              {subSteps.map((subStep) => (
                <li key={subStep}>{subStep}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

/**
 * Memoised on the text: a step's change of state re-renders its row, not its instructions (the committed row is a
 * new object with equal instructions and sub-steps).
 */
export const StepInstructions = memo(
  StepInstructionsView,
  (a, b) =>
    a.instructions === b.instructions &&
    a.subSteps.length === b.subSteps.length &&
    a.subSteps.every((subStep, index) => subStep === b.subSteps[index]),
);
