/**
 * A button that opens the system's file chooser for one text file (JSON by default) and hands its text on. A file
 * over `maxBytes` is refused in words before it is read; whatever `onText` throws is shown through `onError` with
 * the file's name in front, and nothing else happens. The button says it is busy while the file is handled.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { ExplainedError } from '../../shared/errors';
import { describeError } from './errorMessage';
import { Icon } from './Icon';

export interface TextFileButtonProps {
  readonly label: string;
  readonly maxBytes: number;
  /** Said after "That file is larger than N MB;" when a file is too large. */
  readonly tooLarge: string;
  readonly onText: (text: string, fileName: string) => Promise<void>;
  /** Receives the refusal in words, or `undefined` when a new file is chosen. */
  readonly onError: (message: string | undefined) => void;
  readonly size?: 'sm' | 'md';
  readonly accept?: string;
}

export function TextFileButton({
  label,
  maxBytes,
  tooLarge,
  onText,
  onError,
  size = 'md',
  accept = 'application/json,.json',
}: TextFileButtonProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    onError(undefined);
    try {
      if (file.size > maxBytes) {
        throw new ExplainedError(`That file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB; ${tooLarge}`);
      }
      await onText(await file.text(), file.name);
    } catch (error) {
      onError(`${file.name}: ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        id={id}
        className="visually-hidden file-input"
        type="file"
        accept={accept}
        onChange={(event) => void onFile(event)}
      />
      <label htmlFor={id} className={`btn btn-secondary btn-${size} file-button`} aria-busy={busy || undefined}>
        <Icon name="upload" />
        {label}
      </label>
    </>
  );
}
