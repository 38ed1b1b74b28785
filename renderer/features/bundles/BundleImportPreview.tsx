/** What a verified bundle would do here, per table and per incident, before anything is written. */
import type { BundleOpenResult } from '../../../shared/domain/bundles/ipc';
import type { ImportPreview, TrustVerdict } from '../../db/bundles/importBundle';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/formatTime';
import { formatBytes } from './formatBytes';
import { bundleStorageInWords } from '../../../shared/domain/bundles/storageFit';

const VERDICT_WORDS: Readonly<Record<TrustVerdict, string>> = {
  own: 'signed by this installation',
  trusted: 'signed by a trusted signer',
  unknown: 'signed by an untrusted key',
};

export function BundleImportPreview({
  opened,
  verdict,
  trustOnImport,
  preview,
  onImport,
  onCancel,
}: {
  readonly opened: BundleOpenResult;
  readonly verdict: TrustVerdict;
  /** The signer is trusted by the import itself, in the same audited write. */
  readonly trustOnImport: boolean;
  readonly preview: ImportPreview;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}) {
  const { manifest, signer } = opened;
  return (
    <div className="stack bundle-preview">
      <p className="status-line status-ok">
        Verified: bundle {manifest.bundleId} from site {signer.siteCode}, made {formatDateTime(manifest.createdAt)},{' '}
        {trustOnImport ? 'signed by a key you chose to trust; it is trusted when you import' : VERDICT_WORDS[verdict]}
        {opened.encrypted ? ', decrypted with this site’s key' : ', not encrypted'}.
      </p>
      <table className="data-table">
        <caption>What importing would do</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Already present</th>
            <th scope="col">In conflict</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(preview.tables).map(([table, row]) => (
            <tr key={table}>
              <td>{table}</td>
              <td>{row.added}</td>
              <td>{row.updated}</td>
              <td>{row.unchanged}</td>
              <td>{row.inConflict}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.incidents.length > 0 ? (
        <ul className="bundle-incident-list" aria-label="Incidents in the bundle">
          {preview.incidents.map((incident) => (
            <li key={incident.id}>
              <span className="check-row-ref">{incident.ref}</span> {incident.title}:{' '}
              <strong>{incident.outcome}</strong>
              {incident.conflicts > 0 ? `, ${incident.conflicts} fields in conflict` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        Evidence to store: {preview.evidenceToStore.count} files, {formatBytes(preview.evidenceToStore.bytes)}; new
        custody events: {preview.custodyEventsNew}. {bundleStorageInWords(preview.storage)}
      </p>
      <div className="button-row">
        <Button variant="primary" onClick={onImport}>
          Import bundle
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
