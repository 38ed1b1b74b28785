/**
 * Settings › Escalation matrix: per severity, who must be engaged within how many minutes of the declaration. The
 * incident page shows which of these are due or overdue. Until it is first saved, the default matrix applies.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { uuidv7 } from '../../../shared/domain/ids';
import { SEVERITIES } from '../../../shared/domain/incidents/taxonomy';
import { ESCALATION_ROLE_CHOICES, escalationRulesSchema, type EscalationRule } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { readEscalationRules } from '../../db/team/queries';
import { saveEscalationRules } from '../../db/team/team';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { FieldError } from '../../ui/FieldError';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from './SettingsSection';
import { FormAlert } from '../../ui/FormAlert';

const matrixFormSchema = z.object({ rules: escalationRulesSchema });
type MatrixValues = z.infer<typeof matrixFormSchema>;

function MatrixForm({ rules }: { readonly rules: readonly EscalationRule[] }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form = useForm<MatrixValues>({ resolver: zodResolver(matrixFormSchema), defaultValues: { rules: [...rules] } });
  const fields = useFieldArray({ control: form.control, name: 'rules', keyName: 'key' });
  const { errors, isSubmitting, isDirty } = form.formState;
  // A rule saved before the choices existed (or on another machine) keeps its wording as a choice.
  const choices = [...new Set([...ESCALATION_ROLE_CHOICES, ...rules.map((rule) => rule.engage)])];

  const submit = form.handleSubmit(async (values) => {
    setSaveError(undefined);
    try {
      await saveEscalationRules(db, actor, values.rules);
      form.reset(values);
      showToast('success', 'Escalation matrix saved.');
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <table className="matrix-table">
        <caption className="visually-hidden">Escalation matrix</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Who must be engaged</th>
            <th scope="col">Within (minutes)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.fields.map((field, index) => {
            const rowErrors = errors.rules?.[index];
            return (
              <tr key={field.key}>
                <td>
                  <select
                    aria-label={`Severity of rule ${index + 1}`}
                    className="select"
                    {...form.register(`rules.${index}.severity`)}
                  >
                    {SEVERITIES.map((severity) => (
                      <option key={severity}>{severity}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Who rule ${index + 1} engages`}
                    aria-invalid={rowErrors?.engage ? true : undefined}
                    aria-describedby={rowErrors?.engage?.message ? `rule-${index}-engage` : undefined}
                    className="select matrix-engage"
                    {...form.register(`rules.${index}.engage`)}
                  >
                    {choices.map((choice) => (
                      <option key={choice}>{choice}</option>
                    ))}
                  </select>
                  {rowErrors?.engage?.message ? (
                    <FieldError id={`rule-${index}-engage`} message={rowErrors.engage.message} />
                  ) : null}
                </td>
                <td>
                  <input
                    aria-label={`Minutes for rule ${index + 1}`}
                    aria-invalid={rowErrors?.withinMinutes ? true : undefined}
                    aria-describedby={rowErrors?.withinMinutes?.message ? `rule-${index}-minutes` : undefined}
                    className="input"
                    type="number"
                    min={0}
                    {...form.register(`rules.${index}.withinMinutes`, { valueAsNumber: true })}
                  />
                  {rowErrors?.withinMinutes?.message ? (
                    <FieldError id={`rule-${index}-minutes`} message={rowErrors.withinMinutes.message} />
                  ) : null}
                </td>
                <td>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="trash"
                    aria-label={`Remove rule ${index + 1}`}
                    onClick={() => fields.remove(index)}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormAlert>{saveError}</FormAlert>
      <div className="settings-actions">
        <Button
          size="sm"
          icon="plus"
          onClick={() =>
            fields.append({ id: uuidv7(), severity: 'SEV2', engage: 'Incident commander', withinMinutes: 60 })
          }
        >
          Add rule
        </Button>
        <Button type="submit" variant="primary" busy={isSubmitting} disabled={!isDirty}>
          Save escalation matrix
        </Button>
      </div>
    </form>
  );
}

export function EscalationSettings() {
  const db = useDatabase();
  const rules = useLiveQuery(() => readEscalationRules(db), [db]);
  return (
    <SettingsSection
      title="Escalation matrix"
      description="Per severity, who must be engaged and within how many minutes of the declaration. Incidents show what is due or overdue."
    >
      {rules ? <MatrixForm key={rules.map((rule) => rule.id).join()} rules={rules} /> : null}
    </SettingsSection>
  );
}
