/**
 * Settings › Trusted signers: whose signed reports (and, next, sync bundles) this console calls trusted. This
 * installation's own signing identities are always trusted; partners are added from their certificate or key with
 * a reason, removed with a reason, and the list exports as a trust store for `firebreak-verify --trust-store`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { TRUSTED_SIGNER_KIND_LABELS, type TrustedSignerRecord } from '../../../shared/domain/trust/trustedSigner';
import { formatFingerprint } from '../../../shared/reports/trust';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { liveTrustedSigners, trustStoreOf } from '../../db/trust/trustedSigners';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from '../settings/SettingsSection';
import { AddTrustedSignerForm } from './AddTrustedSignerForm';
import { RemoveTrustedSignerDialog } from './RemoveTrustedSignerDialog';

async function exportTrustStore(signers: readonly TrustedSignerRecord[], exportedBy: string): Promise<void> {
  const identities = await hostClient().invoke('signing:listIdentities', {});
  const own = identities.ok
    ? [
        ...(identities.value.current
          ? [
              {
                fingerprint: identities.value.current.fingerprint,
                label: `This installation: ${identities.value.current.subject}`,
                since: identities.value.current.validFrom,
              },
            ]
          : []),
        ...identities.value.retired.map((retired) => ({
          fingerprint: retired.fingerprint,
          label: `This installation (retired): ${retired.subject}`,
          since: retired.validFrom,
        })),
      ]
    : [];
  const result = await hostClient().invoke('files:saveExport', {
    suggestedName: 'firebreak-trusted-signers.json',
    mediaType: 'application/json',
    content: `${JSON.stringify(trustStoreOf(signers, own, exportedBy), null, 2)}\n`,
  });
  if (!result.ok) showToast('error', result.error.message);
  else if (result.value.status === 'saved') showToast('success', `Trusted signers exported to ${result.value.path}`);
}

export function TrustedSignersSettings() {
  const db = useDatabase();
  const { profile } = useSession();
  const signers = useLiveQuery(() => liveTrustedSigners(db), [db]);
  const [removing, setRemoving] = useState<TrustedSignerRecord | undefined>();

  return (
    <SettingsSection
      title="Trusted signers"
      description="Reports signed by anyone else verify as “valid signature, untrusted signer”. This installation’s own signing identities are always trusted."
    >
      {signers && signers.length > 0 ? (
        <ul className="people-list" aria-label="Trusted signers">
          {signers.map((signer) => (
            <li key={signer.id} className="team-role">
              <div className="team-role-main">
                <strong>{signer.label}</strong>
                <span className="muted">
                  {TRUSTED_SIGNER_KIND_LABELS[signer.kind]} · added by {signer.createdBy},{' '}
                  <DateTime iso={signer.createdAt} /> · {signer.reason}
                </span>
                <code className="fingerprint">{formatFingerprint(signer.fingerprint)}</code>
              </div>
              <Button
                size="sm"
                variant="ghost"
                icon="trash"
                aria-label={`Stop trusting ${signer.label}`}
                onClick={() => setRemoving(signer)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No partners yet. Add a partner’s certificate to verify the reports they send you.</p>
      )}
      <AddTrustedSignerForm />
      <div className="settings-actions">
        <Button icon="download" onClick={() => void exportTrustStore(signers ?? [], profile.name)}>
          Export trust store
        </Button>
      </div>
      {removing ? <RemoveTrustedSignerDialog signer={removing} onClose={() => setRemoving(undefined)} /> : null}
    </SettingsSection>
  );
}
