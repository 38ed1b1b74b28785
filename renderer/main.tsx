/**
 * The renderer's entry: reads the launch options (and clears them from the address bar) before anything else,
 * applies the theme before the first paint, opens the database, starts loading the register and mounts the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import { App } from './app/App';
import { applyStoredTheme } from './app/themeStore';
import { openDatabase } from './db/database';
import { cleanAbandonedIntakes } from './db/evidence/evidenceContent';
import { warmMetrics } from './features/metrics/warmMetrics';
import { liveIncidentIndexFor } from './features/register/liveIncidentIndex';
import { launchOptions } from './host/launchOptions';
import { zodIssueInWords } from '../shared/errors';
import './styles/index.css';
import { loadPublicHolidays } from './db/regulatory/publicHolidays';

// The CSP forbids eval; zod would otherwise probe for it (and log a violation) to compile its parsers. Issues a
// schema gives no message of its own are put into words, so no zod default text reaches the screen.
configureZod({ jitless: true, customError: zodIssueInWords });
launchOptions();
applyStoredTheme();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const db = openDatabase();
// The register (the first screen, and the count in the navigation) loads while React mounts, not after it.
const register = liveIncidentIndexFor(db);
register.start();

createRoot(container).render(
  <StrictMode>
    <App db={db} />
  </StrictMode>,
);
// Work the register does not need waits until it is listed and searchable, then for an idle moment: intakes a crash
// or a closed window interrupted leave chunks behind (nothing refers to them, so they go), the holiday calendar
// for regulatory deadlines is its own 1.4 MB chunk, which would otherwise be parsed in the middle of the start (a
// screen or write that needs it sooner loads it itself), and the metrics worker loads its index (`warmMetrics`).
void register.settled().then(() =>
  requestIdleCallback(
    () => {
      void cleanAbandonedIntakes(db).catch(() => undefined);
      void loadPublicHolidays()?.catch(() => undefined);
      warmMetrics(db.name);
    },
    { timeout: 5_000 },
  ),
);
