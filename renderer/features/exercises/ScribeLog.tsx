/**
 * The scribe's log: decisions and actions as the room takes them, on the exercise's timeline, each shown with its
 * wall time and its scenario time (the clock at that moment, derived from the recorded events).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useState, type Ref } from 'react';
import { formatScenarioTime, scenarioClockAt } from '../../../shared/domain/exercises/clock';
import type { ClockEvent } from '../../../shared/domain/exercises/events';
import { ENTRY_KIND_LABELS, WRITTEN_ENTRY_KINDS, type WrittenEntryKind } from '../../../shared/domain/timeline';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { logExerciseEntry } from '../../db/exercises/exercises';
import { exerciseLog } from '../../db/exercises/queries';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';

/** Memoised: it re-renders with its entries and the clock's events, never with a release. */
export const ScribeLog = memo(function ScribeLog({
  exerciseId,
  clockEvents,
  kind,
  onKindChange,
  textRef,
}: {
  readonly exerciseId: string;
  readonly clockEvents: readonly ClockEvent[];
  readonly kind: WrittenEntryKind;
  readonly onKindChange: (kind: WrittenEntryKind) => void;
  readonly textRef: Ref<HTMLTextAreaElement>;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const entries = useLiveQuery(() => exerciseLog(db, exerciseId), [db, exerciseId]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    setError(undefined);
    try {
      await logExerciseEntry(db, actor, exerciseId, { kind, text });
      setText('');
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <section className="panel scribe-log" aria-labelledby="scribe-title">
      <h2 className="panel-title" id="scribe-title">
        Scribe log
      </h2>
      {readOnly ? null : (
        <form
          className="form-stack"
          aria-label="Log a decision or action"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Field label="Entry type">
            {(control) => (
              <select
                {...control}
                className="select"
                value={kind}
                onChange={(event) => {
                  const next = WRITTEN_ENTRY_KINDS.find((value) => value === event.target.value);
                  if (next) onKindChange(next);
                }}
              >
                {WRITTEN_ENTRY_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {ENTRY_KIND_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="What was decided or done" error={error}>
            {(control) => (
              <textarea
                {...control}
                ref={textRef}
                className="textarea"
                rows={2}
                value={text}
                onChange={(event) => setText(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                    event.preventDefault();
                    void submit();
                  }
                }}
              />
            )}
          </Field>
          <div className="add-entry-actions">
            <span className="muted add-entry-hint">
              <kbd>Ctrl</kbd> + <kbd>Enter</kbd> to log
            </span>
            <Button type="submit" variant="primary">
              Log entry
            </Button>
          </div>
        </form>
      )}
      <ol className="scribe-entries" aria-label="Logged entries">
        {(entries ?? []).toReversed().map((entry) => (
          <li key={entry.id} className="scribe-entry">
            <span className="scribe-entry-times">
              <span className="mono">
                {formatScenarioTime(scenarioClockAt(clockEvents, Date.parse(entry.occurredAt)).scenarioMs)}
              </span>
              <DateTime iso={entry.occurredAt} format="auto" />
            </span>
            <span className="scribe-entry-kind">{ENTRY_KIND_LABELS[entry.kind]}</span>
            <span className="scribe-entry-text">{'text' in entry ? entry.text : ''}</span>
          </li>
        ))}
      </ol>
    </section>
  );
});
