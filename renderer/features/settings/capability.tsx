/** The core's Settings screen and its navigation entry. */
import type { FeatureCapability } from '../../app/routing';
import type { SettingsRoute } from './routes';
import { SettingsScreen } from './SettingsScreen';

export const settingsFeature = {
  name: 'settings',
  screens: { settings: () => <SettingsScreen /> },
  navigation: [{ label: 'Settings', route: { name: 'settings' }, icon: 'settings', matches: ['settings'] }],
} as const satisfies FeatureCapability<SettingsRoute>;
