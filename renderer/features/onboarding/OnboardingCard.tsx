/** The frame of the screens shown before the console: the brand, a heading, and what the screen asks. */
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Icon } from '../../ui/Icon';

export function OnboardingCard({
  documentTitle,
  heading,
  children,
}: {
  readonly documentTitle: string;
  readonly heading: string;
  readonly children: ReactNode;
}) {
  useDocumentTitle(documentTitle);
  return (
    <main className="onboarding" id="main">
      <div className="onboarding-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="shield" size={22} />
          </span>
          <span className="brand-name">Firebreak</span>
        </div>
        <h1>{heading}</h1>
        {children}
      </div>
    </main>
  );
}
