/** The core's Settings screen and its navigation entry. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { SettingsRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const SettingsScreen = lazyScreen(() => import('./SettingsScreen'), 'SettingsScreen');

export const settingsFeature = {
  name: 'settings',
  screens: { settings: () => <SettingsScreen /> },
  navigation: [{ label: 'Settings', route: { name: 'settings' }, icon: 'settings', matches: ['settings'] }],
} as const satisfies FeatureCapability<SettingsRoute>;
