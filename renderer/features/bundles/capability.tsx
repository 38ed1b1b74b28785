/** The bundles capability's screen and navigation entry. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { BundleRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const BundlesScreen = lazyScreen(() => import('./BundlesScreen'), 'BundlesScreen');

export const bundlesFeature = {
  name: 'bundles',
  screens: { bundles: () => <BundlesScreen /> },
  navigation: [{ label: 'Sync bundles', route: { name: 'bundles' }, icon: 'upload', matches: ['bundles'] }],
} as const satisfies FeatureCapability<BundleRoute>;
