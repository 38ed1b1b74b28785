/** Settings › Appearance: follow the system theme, or always light or dark. */
import { useThemeStore, type ThemePreference } from '../../app/themeStore';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { SettingsSection } from './SettingsSection';

const THEME_OPTIONS = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies ReadonlyArray<{ value: ThemePreference; label: string }>;

export function AppearanceSettings() {
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  return (
    <SettingsSection title="Appearance" description="The theme follows your system unless you choose one here.">
      <SegmentedControl label="Theme" value={preference} options={THEME_OPTIONS} onChange={setPreference} />
    </SettingsSection>
  );
}
