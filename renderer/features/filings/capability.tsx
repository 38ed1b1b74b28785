/** The filings capability's screens: a regulatory filing (reached from the incident page's Filings panel). */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { FilingRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const FilingScreen = lazyScreen(() => import('./FilingScreen'), 'FilingScreen');

export const filingsFeature = {
  name: 'filings',
  screens: { filing: (route) => <FilingScreen key={route.id} filingId={route.id} /> },
  navigation: [],
} as const satisfies FeatureCapability<FilingRoute>;
