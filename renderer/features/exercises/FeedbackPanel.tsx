/** The HSEEP participant feedback form and its summary (means and distributions, proposed corrective actions). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  FEEDBACK_ROLES,
  FEEDBACK_ROLE_LABELS,
  FEEDBACK_STATEMENTS,
  PRIORITIES,
  PRIORITY_LABELS,
  type Priority,
} from '../../../shared/domain/exercises/feedback';
import { feedbackSummary } from '../../../shared/domain/exercises/rollups';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { submitFeedback } from '../../db/exercises/evaluation';
import { liveFeedback } from '../../db/exercises/queries';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';

const blank = () => ({
  name: '',
  role: 'player' as (typeof FEEDBACK_ROLES)[number],
  organisation: '',
  strengths: '',
  areasForImprovement: '',
  action: '',
  priority: 'medium' as Priority,
  agreement: FEEDBACK_STATEMENTS.map(() => 0),
});

export function FeedbackPanel({ exerciseId }: { readonly exerciseId: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const feedback = useLiveQuery(() => liveFeedback(db, exerciseId), [db, exerciseId]);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState<string | undefined>();
  const summary = feedbackSummary(feedback ?? []);

  const submit = async () => {
    setError(undefined);
    try {
      await submitFeedback(db, actor, exerciseId, {
        name: form.name,
        role: form.role,
        organisation: form.organisation,
        strengths: form.strengths,
        areasForImprovement: form.areasForImprovement,
        correctiveActions: form.action.trim() ? [{ text: form.action, priority: form.priority }] : [],
        agreement: form.agreement,
      });
      setForm(blank());
      showToast('success', 'Feedback recorded.');
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <section className="panel" aria-labelledby="feedback-title">
      <h2 className="panel-title" id="feedback-title">
        Participant feedback{' '}
        <span className="panel-count">
          {summary.responses} {summary.responses === 1 ? 'response' : 'responses'}
        </span>
      </h2>
      {summary.responses > 0 ? (
        <table className="data-table" aria-label="Feedback summary">
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Mean (1–5)</th>
              <th scope="col">Answers 1 / 2 / 3 / 4 / 5</th>
            </tr>
          </thead>
          <tbody>
            {summary.statements.map((statement) => (
              <tr key={statement.statement}>
                <th scope="row">{statement.statement}</th>
                <td>{statement.mean ?? '—'}</td>
                <td className="mono">{statement.distribution.join(' / ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No feedback yet. Hand the form round after the hot wash and enter each answer here.</p>
      )}
      {readOnly ? null : (
        <form
          className="form-stack feedback-form"
          aria-label="Participant feedback form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <div className="form-row">
            <Field label="Name" optional>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={form.name}
                  onChange={(event) => setForm({ ...form, name: event.target.value })}
                />
              )}
            </Field>
            <Field label="Role in the exercise">
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={form.role}
                  onChange={(event) =>
                    setForm({ ...form, role: FEEDBACK_ROLES.find((role) => role === event.target.value) ?? 'player' })
                  }
                >
                  {FEEDBACK_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {FEEDBACK_ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Organisation" optional>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={form.organisation}
                  onChange={(event) => setForm({ ...form, organisation: event.target.value })}
                />
              )}
            </Field>
          </div>
          <Field label="Strengths observed" optional>
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={2}
                value={form.strengths}
                onChange={(event) => setForm({ ...form, strengths: event.target.value })}
              />
            )}
          </Field>
          <Field label="Areas for improvement" optional>
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={2}
                value={form.areasForImprovement}
                onChange={(event) => setForm({ ...form, areasForImprovement: event.target.value })}
              />
            )}
          </Field>
          <div className="form-row">
            <Field label="Corrective action" optional>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={form.action}
                  onChange={(event) => setForm({ ...form, action: event.target.value })}
                />
              )}
            </Field>
            <Field label="Priority">
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={form.priority}
                  onChange={(event) =>
                    setForm({ ...form, priority: PRIORITIES.find((value) => value === event.target.value) ?? 'medium' })
                  }
                >
                  {PRIORITIES.map((value) => (
                    <option key={value} value={value}>
                      {PRIORITY_LABELS[value]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <fieldset className="agreement-grid">
            <legend>Rate each statement from 1 (strongly disagree) to 5 (strongly agree)</legend>
            {FEEDBACK_STATEMENTS.map((statement, index) => (
              <fieldset key={statement} className="choice-row agreement-row">
                <legend>{statement}</legend>
                {[1, 2, 3, 4, 5].map((value) => (
                  <label key={value} className="choice">
                    <input
                      type="radio"
                      name={`agreement-${index}`}
                      value={value}
                      checked={form.agreement[index] === value}
                      onChange={() =>
                        setForm({ ...form, agreement: form.agreement.map((old, at) => (at === index ? value : old)) })
                      }
                    />
                    {value}
                  </label>
                ))}
              </fieldset>
            ))}
          </fieldset>
          {error ? (
            <p className="form-alert" role="alert">
              {error}
            </p>
          ) : null}
          <Button type="submit" variant="primary">
            Record feedback
          </Button>
        </form>
      )}
    </section>
  );
}
