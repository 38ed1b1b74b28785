/** The bundles capability's screen and navigation entry. */
import type { FeatureCapability } from '../../app/routing';
import { BundlesScreen } from './BundlesScreen';
import type { BundleRoute } from './routes';

export const bundlesFeature = {
  name: 'bundles',
  screens: { bundles: () => <BundlesScreen /> },
  navigation: [{ label: 'Sync bundles', route: { name: 'bundles' }, icon: 'upload', matches: ['bundles'] }],
} as const satisfies FeatureCapability<BundleRoute>;
