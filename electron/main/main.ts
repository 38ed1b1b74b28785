/**
 * Electron main process entry (bundled to dist/electron/main.cjs). One instance, one window, showing the built
 * renderer from app://firebreak/ — never a dev server, never a remote page. Every WebContents is hardened as it is
 * created, the default session refuses permissions and all non-app requests, and IPC goes through the contract.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { createServices } from '../services/createServices';
import { sealedFileKeyStore } from '../services/signing/keyStore';
import { debugSwitchRefusal } from './debugSwitches';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL } from './appUrl';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { registerIpc } from './registerIpc';
import { createElectronSaveDialog } from './saveDialog';
import { hardenSession, hardenWebContents } from './security';
import { mainWindowOptions } from './windowOptions';

let mainWindow: BrowserWindow | undefined;

function currentWindow(): BrowserWindow | undefined {
  return mainWindow !== undefined && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

function appPaths(): { readonly rendererDir: string; readonly preloadPath: string } {
  const root = app.getAppPath();
  return {
    rendererDir: path.join(root, 'dist', 'renderer'),
    preloadPath: path.join(root, 'dist', 'electron', 'preload.cjs'),
  };
}

function createWindow(): void {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath: appPaths().preloadPath, devTools: !app.isPackaged }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = undefined;
    }
  });
  void window.loadURL(APP_ENTRY_URL);
}

/**
 * The participant screen of an exercise, for the projector: a second window with the console's own options (same
 * web preferences, hardened like every WebContents), showing the participant address. It never calls the host: IPC
 * is trusted from the main window only.
 */
function openParticipantWindow(hash: string): void {
  const window = new BrowserWindow({
    ...mainWindowOptions({ preloadPath: appPaths().preloadPath, devTools: !app.isPackaged }),
    title: 'Firebreak — participant screen',
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ENTRY_URL}${hash}`);
}

function focusWindow(): void {
  const window = currentWindow();
  if (window === undefined) {
    createWindow();
    return;
  }
  if (window.isMinimized()) {
    window.restore();
  }
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, appPaths().rendererDir);
  const services = createServices({
    identity: { name: app.getName(), version: app.getVersion(), platform: process.platform, host: 'electron' },
    saveDialog: createElectronSaveDialog(currentWindow),
    exportCleanup: { journalPath: path.join(app.getPath('userData'), 'evidence-exports-in-progress.json') },
    keyStore: sealedFileKeyStore(path.join(app.getPath('userData'), 'signing-identity.sealed'), safeStorage),
    trust: {
      keyStore: sealedFileKeyStore(path.join(app.getPath('userData'), 'installation-key.sealed'), safeStorage),
      journalPath: path.join(app.getPath('userData'), 'audit-checkpoints.ndjson'),
    },
    openParticipantWindow,
    bundles: {
      ageKeyStore: sealedFileKeyStore(path.join(app.getPath('userData'), 'age-identity.sealed'), safeStorage),
      stagingFolder: path.join(app.getPath('userData'), 'bundle-staging'),
    },
    couch: {
      settingsStore: sealedFileKeyStore(path.join(app.getPath('userData'), 'couch-settings.sealed'), safeStorage),
    },
  });
  registerIpc(ipcMain, services, () => currentWindow()?.webContents.mainFrame);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged })),
  );
  createWindow();
}

function run(): void {
  // Must happen before 'ready': the scheme needs its privileges (standard, secure, fetch) from the first request.
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.setAppUserModelId('org.firebreak.console');
    app.on('second-instance', focusWindow);
    app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') {
        app.quit();
      }
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        createWindow();
      }
    });
    start().catch((error: unknown) => {
      console.error('Firebreak could not start:', error instanceof Error ? error.message : error);
      app.exit(1);
    });
  }
}

// A packaged app never runs under a debugger: see debugSwitches.ts.
const refusal = app.isPackaged ? debugSwitchRefusal(process.argv, process.env, process.platform) : undefined;
if (refusal !== undefined) {
  console.error(refusal);
  // Safe before 'ready' (Electron documents it so); the person sees why nothing opened.
  dialog.showErrorBox('Firebreak did not start', refusal);
  app.exit(1);
} else {
  run();
}
