/**
 * The application menu: standard roles only. No item owns Ctrl/Cmd+N — the renderer handles "New incident" itself,
 * so no menu command has to reach it over raw IPC. Reload and developer tools exist only in development.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuSettings {
  readonly isMac: boolean;
  readonly isDev: boolean;
}

export function buildMenuTemplate(settings: MenuSettings): MenuItemConstructorOptions[] {
  const development: MenuItemConstructorOptions[] = settings.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...(settings.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
