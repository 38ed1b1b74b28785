/**
 * Shown in place of the preview when an evidence item came by live sync without its bytes: "Fetch content from the
 * server" fetches them by SHA-256 through the host, hashes them on arrival on the SHA-256 worker and stores them only
 * when they match (`db/couch/contentOnDemand.ts`), with progress and cancel. A refusal (server away, content not
 * uploaded yet, a mismatch) is said in words, and nothing is stored. Allowed in legal review mode and on hold: it
 * records that the bytes arrived and matched, and changes no record.
 */
import { useRef, useState } from 'react';
import { formatBytes } from '../../../shared/domain/byteSize';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { fetchContentFromServer } from '../../db/couch/contentOnDemand';
import { IntakeCancelledError } from '../../db/evidence/evidenceContent';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/toastStore';
import { invokeHost } from '../bundles/sendBundle';
import { startSha256Worker } from '../evidence/sha256Worker';
import { hostContentStore } from './hostContentStore';

type FetchState =
  | { readonly status: 'idle' }
  | { readonly status: 'fetching'; readonly done: number }
  | { readonly status: 'failed'; readonly message: string };

function serverNameOf(url: string | null): string {
  if (!url) return 'the sync server';
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

export function FetchContentPanel({ item }: { readonly item: EvidenceItem }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [state, setState] = useState<FetchState>({ status: 'idle' });
  const cancelled = useRef(false);

  async function fetchContent() {
    cancelled.current = false;
    setState({ status: 'fetching', done: 0 });
    try {
      const host = hostClient();
      const settings = await invokeHost(host, 'couch:settings', {});
      if (settings.url === null) {
        setState({
          status: 'failed',
          message: 'No sync server is set up on this machine: give its address in Settings → Live sync, then fetch.',
        });
        return;
      }
      await fetchContentFromServer(db, actor, hostContentStore(host), item.id, {
        serverName: serverNameOf(settings.url),
        hasher: startSha256Worker,
        onProgress: (done) => setState({ status: 'fetching', done }),
        isCancelled: () => cancelled.current,
      });
      setState({ status: 'idle' });
      showToast('success', `The content of ${item.name} arrived and matches its SHA-256.`);
    } catch (error) {
      if (error instanceof IntakeCancelledError) {
        setState({ status: 'failed', message: 'Fetching was cancelled; nothing was stored.' });
        return;
      }
      setState({ status: 'failed', message: describeError(error) });
    }
  }

  return (
    <section className="panel panel-preview" aria-labelledby="fetch-content-title">
      <h2 id="fetch-content-title" className="panel-title">
        Content not on this machine
      </h2>
      <div className="stack">
        <p className="muted">
          This item came through live sync: its details, hash and chain of custody are here, its{' '}
          {formatBytes(item.size)} of content are not. Fetch them from the sync server to preview, verify or export the
          item; they are checked against the recorded SHA-256 before anything is stored.
        </p>
        {state.status === 'fetching' ? (
          <div className="stack">
            <ProgressBar
              label={`Fetching ${item.name}`}
              value={state.done}
              max={item.size}
              detail={`${formatBytes(state.done)} of ${formatBytes(item.size)}`}
            />
            <Button onClick={() => (cancelled.current = true)}>Cancel fetching</Button>
          </div>
        ) : (
          <div className="stack-inline">
            <Button variant="primary" icon="download" onClick={() => void fetchContent()}>
              Fetch content from the server
            </Button>
          </div>
        )}
        {state.status === 'failed' ? (
          <p className="form-alert" role="alert">
            {state.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
