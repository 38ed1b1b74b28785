/**
 * Runs live sync for this installation while the console is open: once the host holds server settings, ONE window
 * (a Web Lock per installation, so a second window or tab waits its turn) runs the loop over the host's
 * `couch:request`, nudged by every move of the audit log's head (a local write). The loop's status goes to every
 * window over a BroadcastChannel; pause, resume and "try now" from any window reach the one running it.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { readAuditHead } from '../../db/auditTrail';
import { LiveSyncLoop, type LiveSyncStatus } from '../../db/couch/loop';
import { hostClient } from '../../host/hostClient';
import { appLiveSyncContext } from './appLiveSyncContext';
import { useLiveSyncStore } from './liveSyncStore';

type Message =
  | { readonly kind: 'status'; readonly status: LiveSyncStatus | null }
  | { readonly kind: 'ask' }
  | { readonly kind: 'wake' }
  | { readonly kind: 'settings' };

const CHANNEL = 'firebreak-live-sync';

/** Tells the window running live sync that the server settings changed (this window restarts on its own). */
export function announceLiveSyncSettings(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ kind: 'settings' } satisfies Message);
  channel.close();
  useLiveSyncStore.getState().settingsChanged();
}

export function useLiveSync(): void {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const settingsVersion = useLiveSyncStore((state) => state.settingsVersion);
  // The loop lives as long as the installation and the settings: a new session object (the profile read again) does
  // not restart it.
  const actorRef = useRef(actor);
  useEffect(() => {
    actorRef.current = actor;
  }, [actor]);
  useEffect(() => {
    const actor = actorRef.current;
    const store = useLiveSyncStore.getState();
    const host = hostClient();
    const stopping = new AbortController();
    const channel = new BroadcastChannel(CHANNEL);
    let loop: LiveSyncLoop | undefined;
    const post = (message: Message) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.kind === 'status' && !loop) store.setStatus(message.status);
      else if (message.kind === 'ask' && loop) post({ kind: 'status', status: loop.current() });
      else if (message.kind === 'wake') loop?.wake();
      else if (message.kind === 'settings') store.settingsChanged();
    };
    store.setWake(() => post({ kind: 'wake' }));

    async function run(): Promise<void> {
      const settings = await host.invoke('couch:settings', {});
      const url = settings.ok ? settings.value.url : null;
      if (stopping.signal.aborted) return;
      store.setConfigured(url !== null);
      if (url === null) {
        store.setStatus(null);
        return;
      }
      post({ kind: 'ask' });
      await navigator.locks.request(`${CHANNEL}-${profile.nodeId}`, { signal: stopping.signal }, async () => {
        const running = new LiveSyncLoop({
          ctx: await appLiveSyncContext(db, actor, url),
          publish: (status) => {
            store.setStatus(status);
            post({ kind: 'status', status });
          },
          cancelWaits: async () => {
            await host.invoke('couch:cancelWaits', {});
          },
        });
        loop = running;
        store.setWake(() => running.wake());
        running.start();
        const writes = liveQuery(() => readAuditHead(db.meta)).subscribe({
          next: (head) => running.nudge(head.seq),
          error: () => undefined,
        });
        await new Promise((resolve) => stopping.signal.addEventListener('abort', resolve, { once: true }));
        writes.unsubscribe();
        await running.stop();
        loop = undefined;
      });
    }
    run().catch(() => undefined);
    return () => {
      stopping.abort();
      channel.close();
    };
  }, [db, profile.nodeId, settingsVersion]);
}
