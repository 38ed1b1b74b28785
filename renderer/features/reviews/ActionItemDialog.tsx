/**
 * Adding or editing an action item (react-hook-form with the shared `actionItemDraftSchema`): what will be done, its
 * type, owner (a person of the directory), priority, due date, status, and an optional link to a runbook (e.g. the
 * draft that carries a runbook change) or one of the incident's evidence items.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  ACTION_PRIORITIES,
  ACTION_PRIORITY_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  ACTION_TYPES,
  ACTION_TYPE_LABELS,
  actionItemDraftSchema,
  type ActionItem,
  type ActionItemDraft,
  type ActionItemDraftInput,
} from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import type { Person } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { liveEvidenceOfSubject } from '../../db/evidence/queries';
import { addActionItem, updateActionItem } from '../../db/reviews/reviews';
import { listRunbookVersions } from '../../db/runbooks/queries';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';

interface LinkChoice {
  readonly value: string;
  readonly link: NonNullable<ActionItemDraft['link']>;
}

function useLinkChoices(incidentId: string): LinkChoice[] {
  const db = useDatabase();
  return (
    useLiveQuery(async () => {
      const runbooks = (await listRunbookVersions(db)).filter((runbook) => 'deletedAt' in runbook);
      const evidence = await liveEvidenceOfSubject(db, incidentId);
      return [
        ...runbooks.map((runbook) => ({
          value: `runbook:${runbook.id}`,
          link: {
            kind: 'runbook' as const,
            id: runbook.id,
            label: `${runbook.title} v${runbook.version} (${runbook.status})`,
          },
        })),
        ...evidence.map((item) => ({
          value: `evidence:${item.id}`,
          link: { kind: 'evidence' as const, id: item.id, label: item.name },
        })),
      ];
    }, [db, incidentId]) ?? []
  );
}

export function ActionItemDialog({
  review,
  item,
  people,
  onClose,
}: {
  readonly review: Review;
  readonly item?: ActionItem | undefined;
  readonly people: readonly Person[];
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const choices = useLinkChoices(review.subject.id);
  const [linkValue, setLinkValue] = useState(item?.link ? `${item.link.kind}:${item.link.id}` : '');
  const form = useForm<ActionItemDraftInput, unknown, ActionItemDraft>({
    resolver: zodResolver(actionItemDraftSchema),
    defaultValues: item
      ? {
          title: item.title,
          type: item.type,
          ownerId: item.ownerId,
          priority: item.priority,
          dueDate: item.dueDate,
          status: item.status,
          link: item.link,
        }
      : { title: '', type: 'prevent', ownerId: '', priority: 'P2', dueDate: '', status: 'open', link: null },
  });
  const { errors, isSubmitting } = form.formState;

  const { submit, saveError } = useSaveSubmit(form, async (draft) => {
    const link = choices.find((choice) => choice.value === linkValue)?.link ?? null;
    const saved = item
      ? await updateActionItem(db, actor, item.id, { ...draft, link })
      : await addActionItem(db, actor, review.id, { ...draft, link });
    showToast('success', `Action item “${saved.title}” saved.`);
    onClose();
  });

  return (
    <Dialog
      open
      title={item ? 'Edit action item' : 'Add action item'}
      description={`For ${review.ref}.`}
      onClose={onClose}
    >
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label="Action"
          error={errors.title?.message}
          hint="What will change, so this cannot happen again or is found sooner."
        >
          {(control) => <input {...control} {...form.register('title')} className="input" />}
        </Field>
        <div className="field-row">
          <Field label="Type" error={errors.type?.message}>
            {(control) => (
              <select {...control} {...form.register('type')} className="select">
                {ACTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {ACTION_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Owner" error={errors.ownerId?.message}>
            {(control) => (
              <select {...control} {...form.register('ownerId')} className="select">
                <option value="">Choose a person…</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label="Priority" error={errors.priority?.message}>
            {(control) => (
              <select {...control} {...form.register('priority')} className="select">
                {ACTION_PRIORITIES.map((priority) => (
                  <option key={priority} value={priority}>
                    {ACTION_PRIORITY_LABELS[priority]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Due date" error={errors.dueDate?.message}>
            {(control) => <input {...control} {...form.register('dueDate')} className="input" type="date" />}
          </Field>
          <Field label="Status" error={errors.status?.message}>
            {(control) => (
              <select {...control} {...form.register('status')} className="select">
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {ACTION_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Linked runbook or evidence" optional>
          {(control) => (
            <select
              {...control}
              className="select"
              value={linkValue}
              onChange={(event) => setLinkValue(event.target.value)}
            >
              <option value="">No link</option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.link.kind === 'runbook' ? 'Runbook' : 'Evidence'}: {choice.link.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormAlert>{saveError}</FormAlert>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {item ? 'Save action item' : 'Add action item'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
