/** The core's own screen address: Settings. */
import type { PathTable, RouteOf } from '../../app/routing';

export const settingsPaths = { settings: '/settings' } as const satisfies PathTable;
export type SettingsRoute = RouteOf<typeof settingsPaths>;
