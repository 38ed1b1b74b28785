/** The audit log viewer's screen and navigation entry: who changed what, when, with the chain verified beside it. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { AuditLogRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const AuditLogScreen = lazyScreen(() => import('./AuditLogScreen'), 'AuditLogScreen');

export const auditLogFeature = {
  name: 'auditLog',
  screens: { auditLog: () => <AuditLogScreen /> },
  navigation: [{ label: 'Audit log', route: { name: 'auditLog' }, icon: 'shield', matches: ['auditLog'] }],
} as const satisfies FeatureCapability<AuditLogRoute>;
