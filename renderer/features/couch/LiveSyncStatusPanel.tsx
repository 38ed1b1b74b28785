/**
 * Live sync's status: connected, offline (and why, and when it tries again), paused or not set up; when it last
 * replicated, what waits to be sent, the open conflicts (on the conflicts screen) and the quarantined revisions; pause
 * and resume (stored and audited); and this installation's key fingerprint, which partners trust to accept its work.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatFingerprint } from '../../../shared/reports/trust';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { changeLiveSyncPreferences } from '../../db/couch/preferences';
import { liveSyncOverview } from '../../db/couch/queries';
import type { LiveSyncStatus } from '../../db/couch/loop';
import { hostClient } from '../../host/hostClient';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from '../settings/SettingsSection';
import { useLiveSyncStore } from './liveSyncStore';

function phaseOf(
  databaseUrl: string | null,
  paused: boolean,
  status: LiveSyncStatus | null,
): { label: string; tone: BadgeTone } {
  if (databaseUrl === null) return { label: 'Not set up', tone: 'neutral' };
  if (paused) return { label: 'Paused', tone: 'warning' };
  switch (status?.phase) {
    case 'connected':
      return { label: 'Connected', tone: 'success' };
    case 'offline':
      return { label: 'Offline', tone: 'warning' };
    case 'failed':
      return { label: 'Stopped by an error', tone: 'danger' };
    default:
      return { label: 'Connecting…', tone: 'neutral' };
  }
}

export function LiveSyncStatusPanel({ databaseUrl }: { readonly databaseUrl: string | null }) {
  const db = useDatabase();
  const { actor } = useSession();
  const status = useLiveSyncStore((state) => state.status);
  const wake = useLiveSyncStore((state) => state.wake);
  const overview = useLiveQuery(() => liveSyncOverview(db, actor.nodeId, databaseUrl), [db, actor.nodeId, databaseUrl]);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void hostClient()
      .invoke('bundles:identity', {})
      .then((answer) => setFingerprint(answer.ok ? answer.value.keyFingerprint : null));
  }, []);
  const paused = overview?.preferences.paused ?? false;
  const phase = phaseOf(databaseUrl, paused, status);

  const setPaused = async (next: boolean) => {
    setBusy(true);
    try {
      await changeLiveSyncPreferences(db, actor, { paused: next });
      wake?.();
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Status"
      description="Sync never blocks work: while the server is away, changes wait here and go when it is back."
    >
      <div role="status" aria-label="Live sync status" className="live-sync-status">
        <Badge tone={phase.tone}>{phase.label}</Badge>
        {databaseUrl !== null && !paused && status?.message ? <span> {status.message}</span> : null}
        {databaseUrl !== null && !paused && status?.phase === 'offline' && status.retryAt ? (
          <span className="muted">
            {' '}
            Next try <DateTime iso={status.retryAt} format="auto" />.
          </span>
        ) : null}
      </div>
      {databaseUrl === null ? (
        <p className="muted">Give the server’s database URL below to start live sync.</p>
      ) : null}
      {overview ? (
        <dl className="facts-list">
          <div>
            <dt>Last replicated</dt>
            <dd>{overview.lastReplicatedAt ? <DateTime iso={overview.lastReplicatedAt} relative /> : 'never'}</dd>
          </div>
          <div>
            <dt>Changes waiting to be sent</dt>
            <dd>{overview.pending}</dd>
          </div>
          <div>
            <dt>Conflicts</dt>
            <dd>
              {overview.conflicts === 0 ? (
                'none'
              ) : (
                <a href="#/bundles">
                  {overview.conflicts} {overview.conflicts === 1 ? 'conflict' : 'conflicts'} to settle
                </a>
              )}
            </dd>
          </div>
          <div>
            <dt>Quarantined revisions</dt>
            <dd>{overview.quarantined === 0 ? 'none' : String(overview.quarantined)}</dd>
          </div>
          <div>
            <dt>This installation’s key</dt>
            <dd className="mono">{fingerprint ? formatFingerprint(fingerprint) : '…'}</dd>
          </div>
        </dl>
      ) : null}
      {databaseUrl !== null ? (
        <div className="settings-actions">
          {paused ? (
            <Button variant="primary" icon="refresh" busy={busy} onClick={() => void setPaused(false)}>
              Resume live sync
            </Button>
          ) : (
            <Button busy={busy} onClick={() => void setPaused(true)}>
              Pause live sync
            </Button>
          )}
          {!paused && (status?.phase === 'offline' || status?.phase === 'failed') ? (
            <Button variant="ghost" icon="refresh" onClick={() => wake?.()}>
              Try now
            </Button>
          ) : null}
        </div>
      ) : null}
    </SettingsSection>
  );
}
