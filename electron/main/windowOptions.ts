/**
 * The options of the console's one BrowserWindow, exported so tests read the very object main.ts passes to Electron.
 * The renderer is an untrusted web page: isolated from the preload, sandboxed, with no Node and no way to relax
 * web security.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface WindowSettings {
  readonly preloadPath: string;
  /** Developer tools open only in an unpackaged (development) run. */
  readonly devTools: boolean;
}

export function secureWebPreferences(settings: WindowSettings): WebPreferences {
  return {
    preload: settings.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    enableWebSQL: false,
    safeDialogs: true,
    // The spellchecker downloads dictionaries from the network; the console never does.
    spellcheck: false,
    devTools: settings.devTools,
  };
}

export function mainWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Firebreak',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#16181d',
    webPreferences: secureWebPreferences(settings),
  };
}
