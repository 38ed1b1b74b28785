/** Settings › Live sync in the Settings list: the loop's state in a word and the way to its screen. */
import { Badge } from '../../ui/Badge';
import { SettingsSection } from '../settings/SettingsSection';
import { useLiveSyncStore } from './liveSyncStore';

const PHASE_LABELS = {
  starting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline',
  paused: 'Paused',
  failed: 'Stopped by an error',
  stopped: 'Stopped',
} as const;

export function LiveSyncSettingsLink() {
  const configured = useLiveSyncStore((state) => state.configured);
  const status = useLiveSyncStore((state) => state.status);
  return (
    <SettingsSection
      title="Live sync"
      description="Replicate with the other responders on your LAN through a CouchDB server, with every revision signed."
    >
      <p>
        {configured ? <Badge>{status ? PHASE_LABELS[status.phase] : 'Connecting…'}</Badge> : 'Not set up.'}{' '}
        <a href="#/settings/live-sync">Open Live sync settings</a>
      </p>
    </SettingsSection>
  );
}
