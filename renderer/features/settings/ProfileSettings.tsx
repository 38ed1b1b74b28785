/** Settings › Profile: change the responder's name and role. Past records keep the name they were written with. */
import { useSession } from '../../app/ProfileContext';
import { showToast } from '../../ui/toastStore';
import { ProfileForm } from '../onboarding/ProfileForm';
import { SettingsSection } from './SettingsSection';

export function ProfileSettings() {
  const { profile } = useSession();
  return (
    <SettingsSection title="Profile" description="Who is responding from this machine. New records carry this name.">
      <ProfileForm
        key={`${profile.name}|${profile.role}`}
        defaultValues={{ name: profile.name, role: profile.role }}
        submitLabel="Save profile"
        onSaved={() => showToast('success', 'Profile saved.')}
      />
    </SettingsSection>
  );
}
