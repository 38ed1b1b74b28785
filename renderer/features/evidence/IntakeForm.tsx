/**
 * Adding evidence to an incident: files by drag and drop or the file picker (one or many, any type) wait in a list
 * where each gets its own provenance — source system, location, method, AI system, tags, description — unless the
 * responder ticks "Same details for all files" (off by default, so one file's description never lands on another).
 * An empty (0-byte) file must be confirmed before it is kept. Details are checked with the shared schema before any
 * file is read, problems shown beside their fields; after "Add" the list and its details are cleared. Intake then
 * runs in a worker. Not shown in legal review mode (the evidence panel leaves it out).
 */
import type { Subject } from '../../../shared/domain/subject';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { formatBytes } from '../../../shared/domain/byteSize';
import { nowIso } from '../../../shared/domain/time';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toastStore';
import { describeError } from '../../ui/errorMessage';
import { takeIntoEvidence } from './runIntake';
import { IntakeDetailsFields } from './IntakeDetailsFields';
import { EMPTY_DETAILS, prepareBatch, type BatchProblems, type DetailsField, type PendingFile } from './intakeBatch';

let nextKey = 1;

function PendingFileDetails({
  pending,
  problems,
  onChange,
  onConfirmEmpty,
  onRemove,
}: {
  readonly pending: PendingFile;
  readonly problems: BatchProblems | undefined;
  readonly onChange: ((field: DetailsField, value: string) => void) | undefined;
  readonly onConfirmEmpty: (confirmed: boolean) => void;
  readonly onRemove: () => void;
}) {
  const { file } = pending;
  const unconfirmed = problems?.unconfirmedEmpty.includes(pending.key) ?? false;
  return (
    <fieldset className="intake-file">
      <legend className="intake-file-name">
        {file.name} <span className="muted">({formatBytes(file.size)})</span>
      </legend>
      {file.size === 0 ? (
        <div className={unconfirmed ? 'intake-empty-warning is-invalid' : 'intake-empty-warning'} role="note">
          <p>
            <Icon name="alert" size={14} /> {file.name} is empty (0 bytes). An empty file proves little; it may be a
            failed copy. Keep it only if the emptiness is itself the evidence.
          </p>
          <label className="check-row">
            <input
              type="checkbox"
              checked={pending.emptyConfirmed}
              onChange={(event) => onConfirmEmpty(event.target.checked)}
            />
            Keep the empty file {file.name}
          </label>
          {unconfirmed ? (
            <p className="field-error" role="alert">
              Confirm that the empty file should be kept, or remove it.
            </p>
          ) : null}
        </div>
      ) : null}
      {onChange ? (
        <IntakeDetailsFields values={pending.details} errors={problems?.details.get(pending.key)} onChange={onChange} />
      ) : null}
      <div>
        <Button size="sm" variant="ghost" aria-label={`Remove ${file.name} from the list`} onClick={onRemove}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}

export function IntakeForm({ subject }: { readonly subject: Subject }) {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<Array<PendingFile & { readonly file: File }>>([]);
  const [sameForAll, setSameForAll] = useState(false);
  const [shared, setShared] = useState(EMPTY_DETAILS);
  const [problems, setProblems] = useState<BatchProblems | undefined>();

  const choose = (files: readonly File[]): void => {
    if (files.length === 0) return;
    setPending((current) => [
      ...current,
      ...files.map((file) => ({ key: nextKey++, file, details: EMPTY_DETAILS, emptyConfirmed: false })),
    ]);
  };

  const update = (key: number, change: Partial<Omit<PendingFile, 'file'>>): void =>
    setPending((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const clear = (): void => {
    setPending([]);
    setShared(EMPTY_DETAILS);
    setSameForAll(false);
    setProblems(undefined);
  };

  // "Same for all" means something only while there is more than one file.
  const sharing = sameForAll && pending.length > 1;

  const add = (event: FormEvent): void => {
    event.preventDefault();
    const outcome = prepareBatch(pending, sharing, shared, nowIso(), profile.name);
    if (!outcome.ok) {
      setProblems(outcome);
      return;
    }
    const byKey = new Map(pending.map((item) => [item.key, item.file]));
    const batch = outcome.items.map(({ key, details }) => ({ file: byKey.get(key)!, details }));
    clear();
    takeIntoEvidence(db, actor, subject, batch).catch((error: unknown) => showToast('error', describeError(error)));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    choose([...event.dataTransfer.files]);
  };

  const count = pending.length === 1 ? '1 file' : `${pending.length} files`;
  return (
    <form className="intake-form" aria-label="Add evidence" onSubmit={add} noValidate>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Icon name="plus" size={20} />
        <span>
          Drop files here, or{' '}
          <label htmlFor={inputId} className="drop-zone-pick">
            choose files
          </label>
        </span>
        <span className="muted">
          Any type and size. You give each file&rsquo;s details next; the SHA-256 is computed as each file is read.
        </span>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          aria-label="Add evidence files"
          onChange={(event) => {
            choose([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {pending.length === 0 ? null : (
        <section className="intake-batch" aria-label="Files to add">
          {pending.length > 1 ? (
            <label className="check-row">
              <input type="checkbox" checked={sameForAll} onChange={(event) => setSameForAll(event.target.checked)} />
              Same details for all files
            </label>
          ) : null}
          {sharing ? (
            <fieldset className="intake-file">
              <legend className="intake-file-name">Details for all {count}</legend>
              <IntakeDetailsFields
                values={shared}
                errors={problems?.details.get('shared')}
                onChange={(field, value) => setShared((current) => ({ ...current, [field]: value }))}
              />
            </fieldset>
          ) : null}
          {pending.map((item) => (
            <PendingFileDetails
              key={item.key}
              pending={item}
              problems={problems}
              onChange={
                sharing
                  ? undefined
                  : (field, value) => update(item.key, { details: { ...item.details, [field]: value } })
              }
              onConfirmEmpty={(emptyConfirmed) => update(item.key, { emptyConfirmed })}
              onRemove={() => setPending((current) => current.filter((other) => other.key !== item.key))}
            />
          ))}
          <div className="form-actions">
            <Button variant="ghost" onClick={clear}>
              Discard
            </Button>
            <Button variant="primary" type="submit">
              Add {count} to evidence
            </Button>
          </div>
        </section>
      )}
    </form>
  );
}
