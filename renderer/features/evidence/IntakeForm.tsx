/**
 * Adding evidence to an incident: where it came from (system, location, method), a description, tags and the AI
 * system, then files by drag and drop or the file picker (one or many, any type). The browser file input works in
 * Electron's sandboxed renderer and in the test host alike; intake then runs in a worker.
 */
import type { Subject } from '../../../shared/domain/subject';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toastStore';
import { describeError } from '../../ui/errorMessage';
import { nowIso } from '../../../shared/domain/time';
import type { EvidenceDetails } from '../../../shared/domain/evidence/evidence';
import { useLegalReviewStore, LEGAL_REVIEW_REFUSAL } from './legalReviewStore';
import { takeIntoEvidence } from './runIntake';

export function IntakeForm({ subject }: { readonly subject: Subject }) {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const reviewOn = useLegalReviewStore((state) => state.on);
  const inputId = useId();
  const [system, setSystem] = useState('');
  const [location, setLocation] = useState('');
  const [method, setMethod] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState('');
  const [aiSystem, setAiSystem] = useState('');
  const [dragging, setDragging] = useState(false);

  const take = (files: readonly File[]): void => {
    if (files.length === 0) return;
    if (reviewOn) {
      showToast('error', LEGAL_REVIEW_REFUSAL);
      return;
    }
    const details: EvidenceDetails = {
      acquiredAt: nowIso(),
      acquiredBy: profile.name,
      source: { system: system.trim(), location: location.trim(), method: method.trim() },
      description: description.trim(),
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      aiSystem: aiSystem.trim(),
    };
    takeIntoEvidence(db, actor, subject, files, details).catch((error: unknown) =>
      showToast('error', describeError(error)),
    );
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    take([...event.dataTransfer.files]);
  };

  const noSubmit = (event: FormEvent): void => event.preventDefault();

  return (
    <form className="intake-form" aria-label="Add evidence" onSubmit={noSubmit} noValidate>
      <div className="intake-fields">
        <Field label="Source system" optional hint="e.g. inference gateway">
          {(control) => (
            <input {...control} className="input" value={system} onChange={(e) => setSystem(e.target.value)} />
          )}
        </Field>
        <Field label="Location" optional hint="host, path or bucket">
          {(control) => (
            <input {...control} className="input" value={location} onChange={(e) => setLocation(e.target.value)} />
          )}
        </Field>
        <Field label="Method" optional hint="e.g. exported from gateway logs">
          {(control) => (
            <input {...control} className="input" value={method} onChange={(e) => setMethod(e.target.value)} />
          )}
        </Field>
        <Field label="AI system" optional>
          {(control) => (
            <input {...control} className="input" value={aiSystem} onChange={(e) => setAiSystem(e.target.value)} />
          )}
        </Field>
        <Field label="Tags" optional hint="comma-separated">
          {(control) => <input {...control} className="input" value={tags} onChange={(e) => setTags(e.target.value)} />}
        </Field>
        <Field label="Description" optional className="intake-description">
          {(control) => (
            <input
              {...control}
              className="input"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
      </div>
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
        <span className="muted">Any type and size; the SHA-256 is computed as each file is read.</span>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          aria-label="Add evidence files"
          disabled={reviewOn}
          onChange={(event) => {
            take([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
    </form>
  );
}
