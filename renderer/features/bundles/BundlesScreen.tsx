/** Sync bundles: send work to another site, receive a bundle (verify, trust, preview, import), settle conflicts. */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ConflictsPanel } from './ConflictsPanel';
import { ReceiveBundlePanel } from './ReceiveBundlePanel';
import { SendBundlePanel } from './SendBundlePanel';

export function BundlesScreen() {
  useDocumentTitle('Sync bundles');
  return (
    <div className="screen screen-bundles">
      <header className="screen-header">
        <h1 tabIndex={-1}>Sync bundles</h1>
        <p className="muted">
          One signed file carries incidents, evidence and runbooks to another site by hand; nothing is written here
          until a received bundle is verified and you have seen what it holds.
        </p>
      </header>
      <SendBundlePanel />
      <ReceiveBundlePanel />
      <ConflictsPanel />
    </div>
  );
}
