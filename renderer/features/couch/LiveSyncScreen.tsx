/**
 * Settings › Live sync: the CouchDB server this installation replicates with (its credentials sealed by the host),
 * the loop's status with pause and resume, what this installation sends, and the revisions quarantined on arrival.
 */
import { useEffect, useState } from 'react';
import type { CouchSettingsView } from '../../../shared/domain/couch/ipc';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { hostClient } from '../../host/hostClient';
import { LiveSyncScopeSettings } from './LiveSyncScopeSettings';
import { LiveSyncServerForm } from './LiveSyncServerForm';
import { LiveSyncStatusPanel } from './LiveSyncStatusPanel';
import { QuarantineList } from './QuarantineList';
import { useLiveSyncStore } from './liveSyncStore';

export function LiveSyncScreen() {
  useDocumentTitle('Live sync');
  const settingsVersion = useLiveSyncStore((state) => state.settingsVersion);
  const [settings, setSettings] = useState<CouchSettingsView | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void hostClient()
      .invoke('couch:settings', {})
      .then((answer) => {
        if (live) setSettings(answer.ok ? answer.value : null);
      });
    return () => {
      live = false;
    };
  }, [settingsVersion]);
  return (
    <div className="screen screen-settings">
      <header className="screen-header">
        <div className="screen-heading">
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <a href="#/settings">Settings</a>
          </nav>
          <h1>Live sync</h1>
          <p className="screen-subtitle">
            Responders on one LAN see each other’s work within seconds through a CouchDB server, and keep working when
            it is gone. Every revision is signed here and checked on arrival: the server is not trusted with integrity.
          </p>
        </div>
      </header>
      <div className="settings-list">
        <LiveSyncStatusPanel databaseUrl={settings?.url ?? null} />
        <LiveSyncServerForm
          key={settings === undefined ? 'loading' : `${settings?.url}|${settings?.username}`}
          settings={settings}
        />
        <LiveSyncScopeSettings />
        <QuarantineList databaseUrl={settings?.url ?? null} />
      </div>
    </div>
  );
}
