/** Live sync's screen (reached from Settings, so no navigation entry of its own). */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { CouchRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const LiveSyncScreen = lazyScreen(() => import('./LiveSyncScreen'), 'LiveSyncScreen');

export const couchFeature = {
  name: 'couch',
  screens: { liveSync: () => <LiveSyncScreen /> },
  navigation: [],
} as const satisfies FeatureCapability<CouchRoute>;
