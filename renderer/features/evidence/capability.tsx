/** The evidence capability's screens and navigation: every item across incidents, and one item. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { EvidenceRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const EvidenceItemScreen = lazyScreen(() => import('./EvidenceItemScreen'), 'EvidenceItemScreen');
const EvidenceScreen = lazyScreen(() => import('./EvidenceScreen'), 'EvidenceScreen');

export const evidenceFeature = {
  name: 'evidence',
  screens: {
    evidence: () => <EvidenceScreen />,
    'evidence-item': (route) => <EvidenceItemScreen key={route.id} id={route.id} />,
  },
  navigation: [
    { label: 'Evidence', route: { name: 'evidence' }, icon: 'database', matches: ['evidence', 'evidence-item'] },
  ],
} as const satisfies FeatureCapability<EvidenceRoute>;
