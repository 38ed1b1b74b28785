/** The trust prompt for a bundle signed by a key this site does not trust yet: who it claims to be, and the fingerprint to compare out of band. */
import type { BundleSignerView } from '../../../shared/domain/bundles/ipc';
import { Button } from '../../ui/Button';

export function SignerPrompt({
  signer,
  onTrust,
  onStop,
}: {
  readonly signer: BundleSignerView;
  readonly onTrust: () => void;
  readonly onStop: () => void;
}) {
  return (
    <div className="bundle-signer stack" role="alertdialog" aria-label="Unknown signer">
      <p>
        <strong>This bundle is signed by a key this site does not trust yet.</strong> The signature is valid; check the
        fingerprint with the sender by phone or in person before you trust it.
      </p>
      <dl>
        <dt>Site</dt>
        <dd>{signer.siteCode}</dd>
        <dt>Installation</dt>
        <dd>{signer.installationId}</dd>
        <dt>Key fingerprint (SHA-256)</dt>
        <dd>
          <code>{signer.fingerprint.match(/.{1,4}/g)?.join(' ')}</code>
        </dd>
        <dt>minisign key id</dt>
        <dd>
          <code>{signer.keyId}</code>
        </dd>
      </dl>
      <div className="button-row">
        <Button variant="primary" onClick={onTrust}>
          Trust and continue
        </Button>
        <Button variant="secondary" onClick={onStop}>
          Stop
        </Button>
      </div>
    </div>
  );
}
