/** The host's app:getInfo answer for the About section; 'unavailable' with the reason when there is no host. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { hostClient } from './hostClient';

export type AppInfoState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo }
  | { readonly status: 'unavailable'; readonly reason: string };

export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    hostClient()
      .invoke('app:getInfo', {})
      .then(
        (envelope) => {
          if (!live) return;
          setState(
            envelope.ok
              ? { status: 'ready', info: envelope.value }
              : { status: 'unavailable', reason: envelope.error.message },
          );
        },
        () => {
          if (live) setState({ status: 'unavailable', reason: 'The Firebreak host could not be reached.' });
        },
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
