/**
 * First run: who is responding from this machine, and the site code of this installation. Everything recorded
 * afterwards is attributed to this person, and every incident declared here carries the site code in its reference.
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Icon } from '../../ui/Icon';
import { FirstRunForm } from './FirstRunForm';

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
        <FirstRunForm />
        <p className="onboarding-foot muted">You can change these later in Settings.</p>
      </div>
    </main>
  );
}
