/** The regulatory capability's screen and navigation entry: what is due to authorities soon, across incidents. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { RegulatoryRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const DueSoonScreen = lazyScreen(() => import('./DueSoonScreen'), 'DueSoonScreen');

export const regulatoryFeature = {
  name: 'regulatory',
  screens: { deadlines: () => <DueSoonScreen /> },
  navigation: [{ label: 'Deadlines', route: { name: 'deadlines' }, icon: 'clock', matches: ['deadlines'] }],
} as const satisfies FeatureCapability<RegulatoryRoute>;
