/**
 * Preload for the console window (bundled to dist/electron/preload.cjs; sandboxed preloads must be one CJS file).
 * Exposes exactly one object, window.firebreak, and never ipcRenderer itself. May import only electron and shared/.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_API_GLOBAL } from '../../shared/ipc/contract';
import type { FirebreakHostApi } from '../../shared/ipc/contract';
import { createHostApi } from './hostApi';

const hostApi = createHostApi((channel, request) => ipcRenderer.invoke(channel, request)) satisfies FirebreakHostApi;

contextBridge.exposeInMainWorld(HOST_API_GLOBAL, hostApi);
