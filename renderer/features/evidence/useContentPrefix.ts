/** Reads the first `limit` bytes of an item's stored content for a preview (never the whole of a large file). */
import { useEffect, useMemo, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { readContentPrefix } from '../../db/evidence/evidenceContent';
import { describeError } from '../../ui/errorMessage';

export type ContentState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly blob: Blob }
  | { readonly status: 'failed'; readonly message: string };

export function useContentPrefix(sha256: string, limit: number, type = ''): ContentState {
  const db = useDatabase();
  const [state, setState] = useState<ContentState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    readContentPrefix(db, sha256, limit)
      .then((blob) => {
        if (live) setState({ status: 'ready', blob: type ? new Blob([blob], { type }) : blob });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'failed', message: describeError(error) });
      });
    return () => {
      live = false;
    };
  }, [db, sha256, limit, type]);
  return state;
}

/** A blob: URL for a blob, revoked when the component lets go of it. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
