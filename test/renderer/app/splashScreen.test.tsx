/**
 * The splash screen while the database opens: the usual spinner and message, and while a version's one-time data
 * upgrade reports its progress (`reportUpgradeProgress`), what it is doing and how far it has got, as a named
 * progress bar; back to the message once the upgrade says it has finished.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { SplashScreen } from '../../../renderer/app/SplashScreen';
import { reportUpgradeProgress } from '../../../renderer/db/upgradeProgress';

afterEach(() => reportUpgradeProgress(undefined));

describe('SplashScreen', () => {
  it('shows its message while nothing is being upgraded', () => {
    const html = renderToStaticMarkup(<SplashScreen />);
    expect(html).toContain('Opening Firebreak…');
    expect(html).not.toContain('progressbar');
  });

  it('shows the running upgrade, what it does and how far it has got', () => {
    reportUpgradeProgress({ version: 30, task: 'Indexing incident search words', done: 40_000, total: 100_000 });
    const html = renderToStaticMarkup(<SplashScreen />);
    expect(html).toContain('Updating your data for this version of Firebreak');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-label="Indexing incident search words"');
    expect(html).toContain('aria-valuenow="40000"');
    expect(html).toContain('aria-valuemax="100000"');
    expect(html).toContain(`${(40_000).toLocaleString()} of ${(100_000).toLocaleString()}`);

    reportUpgradeProgress(undefined);
    expect(renderToStaticMarkup(<SplashScreen />)).toContain('Opening Firebreak…');
  });
});
