/**
 * Revisions refused on arrival and quarantined: the document, who the revision claims to be from (installation, site,
 * key fingerprint, author), the reason in words and when it arrived. Trusting its signer (with a reason, after
 * comparing the fingerprint out of band) releases every revision it signed through the pull's own checks; discarding
 * one asks first. Both are audited.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatFingerprint } from '../../../shared/reports/trust';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { useSession } from '../../app/ProfileContext';
import { discardQuarantined, quarantinedRevisions } from '../../db/couch/quarantine';
import type { QuarantinedRevision } from '../../db/couch/storage';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from '../settings/SettingsSection';
import { TrustAndReleaseDialog } from './TrustAndReleaseDialog';

function Claim({ label, value }: { readonly label: string; readonly value: string | null }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value ?? 'not given'}</dd>
    </div>
  );
}

export function QuarantineList({ databaseUrl }: { readonly databaseUrl: string | null }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const rows = useLiveQuery(() => quarantinedRevisions(db), [db]);
  const [discarding, setDiscarding] = useState<QuarantinedRevision | undefined>();
  const [trusting, setTrusting] = useState<QuarantinedRevision | undefined>();
  const [busy, setBusy] = useState(false);

  const discard = async (row: QuarantinedRevision) => {
    setBusy(true);
    try {
      await discardQuarantined(db, actor, row.key);
      showToast('success', `Discarded the revision of ${row.label}.`);
      setDiscarding(undefined);
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Quarantine"
      description="Revisions that arrived unsigned, signed by an installation this site does not trust, or altered after signing. They are never applied until released."
    >
      {rows && rows.length === 0 ? (
        <EmptyState icon="shield" title="Nothing in quarantine">
          Every revision received so far was signed by this installation or a trusted signer. When one is not, it waits
          here with who it claims to be from.
        </EmptyState>
      ) : null}
      <ul className="people-list" aria-label="Quarantined revisions">
        {(rows ?? []).map((row) => (
          <li key={row.key} className="team-role" aria-label={`Quarantined: ${row.label}`}>
            <div className="team-role-main">
              <strong>{row.label}</strong>
              <span>{row.reason}</span>
              <dl className="facts-list facts-inline">
                <Claim label="Claims installation" value={row.claimedInstallation} />
                <Claim label="Claims site" value={row.claimedSite} />
                <Claim label="Claims author" value={row.claimedAuthor} />
                <Claim
                  label="Key fingerprint"
                  value={row.claimedFingerprint ? formatFingerprint(row.claimedFingerprint) : null}
                />
                <div>
                  <dt>Received</dt>
                  <dd>
                    <DateTime iso={row.receivedAt} />
                  </dd>
                </div>
              </dl>
            </div>
            {readOnly ? null : (
              <div className="people-actions">
                {row.claimedFingerprint && databaseUrl ? (
                  <Button size="sm" icon="shield" onClick={() => setTrusting(row)}>
                    Trust signer and release
                  </Button>
                ) : null}
                <Button
                  size="sm"
                  variant="ghost"
                  icon="trash"
                  aria-label={`Discard the revision of ${row.label}`}
                  onClick={() => setDiscarding(row)}
                >
                  Discard
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={discarding !== undefined}
        title="Discard this revision?"
        message={`The revision of ${discarding?.label ?? ''} is removed from quarantine and never applied. The discard is recorded in the audit log.`}
        confirmLabel="Discard revision"
        cancelLabel="Keep in quarantine"
        destructive
        busy={busy}
        onConfirm={() => discarding && void discard(discarding)}
        onCancel={() => setDiscarding(undefined)}
      />
      {trusting && databaseUrl ? (
        <TrustAndReleaseDialog
          row={trusting}
          all={rows ?? []}
          databaseUrl={databaseUrl}
          onClose={() => setTrusting(undefined)}
        />
      ) : null}
    </SettingsSection>
  );
}
