/** The reviews capability's screens: an incident's post-incident review (reached from the incident page). */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { ReviewRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const ReviewScreen = lazyScreen(() => import('./ReviewScreen'), 'ReviewScreen');

export const reviewsFeature = {
  name: 'reviews',
  screens: {
    review: (route) => <ReviewScreen key={route.id} incidentId={route.id} />,
  },
  navigation: [],
} as const satisfies FeatureCapability<ReviewRoute>;
