/**
 * The stakeholder registry: groups, people and authorities, each with its contacts (out-of-band ones marked) and the
 * channel to use; add, change, and remove after a confirmation. Read-only in legal review mode.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { AUDIENCE_LABELS, CHANNEL_LABELS, type Stakeholder } from '../../../shared/domain/stakeholders/stakeholder';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useReadOnly } from '../../app/useLegalReview';
import { listStakeholders } from '../../db/stakeholders/queries';
import { removeStakeholder } from '../../db/stakeholders/stakeholders';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { describeError } from '../../ui/errorMessage';
import { StakeholderDialog } from './StakeholderDialog';

function whoTheyAre(stakeholder: Stakeholder): string {
  if (stakeholder.kind === 'authority') {
    const regime = stakeholder.regime ? REGULATORY_RULES[stakeholder.regime].name : '';
    return `Authority (${stakeholder.country ?? ''}) · ${regime}`;
  }
  const audience = stakeholder.audience ? AUDIENCE_LABELS[stakeholder.audience] : '';
  return `${stakeholder.kind === 'group' ? 'Group' : 'Person'} · ${audience}`;
}

export function StakeholdersScreen() {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  useDocumentTitle('Stakeholders');
  const stakeholders = useLiveQuery(() => listStakeholders(db), [db]);
  const [editing, setEditing] = useState<Stakeholder | 'new' | undefined>();
  const [removing, setRemoving] = useState<Stakeholder | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await removeStakeholder(db, actor, removing.id);
      setRemoving(undefined);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen screen-stakeholders">
      <header className="screen-header">
        <h1 tabIndex={-1}>Stakeholders</h1>
        <p className="muted">
          Who must be told, and how to reach them when the usual channels are down. The notification plan on each
          incident names these audiences; filings name these authorities.
        </p>
        {readOnly ? null : (
          <div className="screen-actions">
            <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
              Add stakeholder
            </Button>
          </div>
        )}
      </header>
      {problem ? (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      ) : null}
      {stakeholders && stakeholders.length === 0 ? (
        <EmptyState icon="users" title="No stakeholders yet">
          Add the executive team, security, legal, communications, your data protection officer and the authorities you
          report to, each with an out-of-band contact.
        </EmptyState>
      ) : (
        <ul className="stakeholder-list" aria-label="Stakeholders">
          {(stakeholders ?? []).map((stakeholder) => (
            <li key={stakeholder.id} className="stakeholder-item" aria-label={stakeholder.name}>
              <div className="stakeholder-main">
                <span className="stakeholder-name">{stakeholder.name}</span>
                <span className="muted">{whoTheyAre(stakeholder)}</span>
                <span>
                  Use: <strong>{CHANNEL_LABELS[stakeholder.channel]}</strong>
                </span>
              </div>
              <ul className="stakeholder-contacts" aria-label={`Contacts of ${stakeholder.name}`}>
                {stakeholder.contacts.map((contact) => (
                  <li key={`${contact.channel}:${contact.value}`}>
                    {CHANNEL_LABELS[contact.channel]}: {contact.value}{' '}
                    {contact.outOfBand ? <Badge tone="accent">Out of band</Badge> : null}
                  </li>
                ))}
              </ul>
              {readOnly ? null : (
                <div className="stakeholder-actions">
                  <Button size="sm" aria-label={`Change ${stakeholder.name}`} onClick={() => setEditing(stakeholder)}>
                    Change
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove ${stakeholder.name}`}
                    onClick={() => setRemoving(stakeholder)}
                  >
                    Remove
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <StakeholderDialog
          stakeholder={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== undefined}
        title={`Remove ${removing?.name ?? ''}?`}
        message="They disappear from the registry and from the notification plans' contacts. The removal is kept in the audit log."
        confirmLabel="Remove stakeholder"
        destructive
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(undefined)}
      />
    </div>
  );
}
