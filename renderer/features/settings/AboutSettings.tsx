/** Settings › About: the app's version and the host it runs in (from app:getInfo), or why that is unavailable. */
import { useAppInfo } from '../../host/useAppInfo';
import { SettingsSection } from './SettingsSection';

const HOST_LABELS = { electron: 'Desktop app (Electron)', 'test-host': 'Loopback test host' } as const;

export function AboutSettings() {
  const state = useAppInfo();
  return (
    <SettingsSection title="About" description="Firebreak works entirely offline: it makes no network requests.">
      <dl className="facts-list facts-inline">
        <div>
          <dt>Version</dt>
          <dd>
            {state.status === 'ready' ? state.info.version : state.status === 'loading' ? 'Checking…' : 'unavailable'}
          </dd>
        </div>
        <div>
          <dt>Host</dt>
          <dd>
            {state.status === 'ready'
              ? `${HOST_LABELS[state.info.host]} on ${state.info.platform}`
              : state.status === 'loading'
                ? 'Checking…'
                : 'unavailable'}
          </dd>
        </div>
      </dl>
      {state.status === 'unavailable' ? <p className="muted about-reason">{state.reason}</p> : null}
    </SettingsSection>
  );
}
