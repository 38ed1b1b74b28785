/** First run: who is responding from this machine. Everything recorded afterwards is attributed to this profile. */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Icon } from '../../ui/Icon';
import { ProfileForm } from './ProfileForm';

export function OnboardingScreen() {
  useDocumentTitle('Welcome');
  return (
    <main className="onboarding" id="main">
      <div className="onboarding-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="shield" size={22} />
          </span>
          <span className="brand-name">Firebreak</span>
        </div>
        <h1>Welcome to Firebreak</h1>
        <p className="onboarding-lead">
          Firebreak keeps your incidents, timelines and audit log on this machine, with no network at all. Tell it who
          you are: every declaration, decision and change you record carries your name.
        </p>
        <ProfileForm defaultValues={{ name: '', role: '' }} submitLabel="Continue" />
        <p className="onboarding-foot muted">You can change these later in Settings.</p>
      </div>
    </main>
  );
}
