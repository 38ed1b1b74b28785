/** A step's instructions and sub-steps behind a disclosure; the Markdown is only rendered once it is opened. */
import { useState } from 'react';
import { SafeMarkdown } from '../../ui/SafeMarkdown';

export function StepInstructions({
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
