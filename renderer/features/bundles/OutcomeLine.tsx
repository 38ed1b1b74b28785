/** How the last send or receive ended, in words: green when it worked, red when it did not (nothing when none yet). */
export interface Outcome {
  readonly ok: boolean;
  readonly text: string;
}

export function OutcomeLine({ message }: { readonly message: Outcome | undefined }) {
  if (!message) return null;
  return (
    <p className={`status-line ${message.ok ? 'status-ok' : 'status-bad'}`} role="status">
      {message.text}
    </p>
  );
}
