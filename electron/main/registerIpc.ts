/**
 * Registers one ipcMain handler per contract channel, each going through handleRequest. A message is trusted only
 * when it comes from the main frame of the console's window and that frame shows app://firebreak — a subframe, a
 * navigated-away page or another window gets 'forbidden'.
 */
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { handleRequest } from '../ipc/handleRequest';
import type { IpcResult, IpcServices, SenderVerdict } from '../ipc/handleRequest';
import { isAppUrl } from './appUrl';

/** The parts of Electron's WebFrameMain that identify a frame. */
export interface FrameIdentity {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

export interface InvokeEvent {
  readonly senderFrame: FrameIdentity | null;
}

export interface IpcHandlerRegistry {
  handle(channel: string, listener: (event: InvokeEvent, request: unknown) => Promise<IpcResult>): void;
}

export function judgeSender(senderFrame: FrameIdentity | null, mainFrame: FrameIdentity | undefined): SenderVerdict {
  if (senderFrame === null || mainFrame === undefined) {
    return { trusted: false, reason: 'the sending frame is gone.' };
  }
  const isMainFrame = senderFrame.processId === mainFrame.processId && senderFrame.routingId === mainFrame.routingId;
  if (!isMainFrame) {
    return { trusted: false, reason: 'only the main frame of the Firebreak window may call the host.' };
  }
  if (!isAppUrl(senderFrame.url)) {
    return { trusted: false, reason: 'the sending page is not the Firebreak console.' };
  }
  return { trusted: true };
}

export function registerIpc(
  ipc: IpcHandlerRegistry,
  services: IpcServices,
  currentMainFrame: () => FrameIdentity | undefined,
): void {
  for (const channel of IPC_CHANNELS) {
    ipc.handle(channel, (event, request) =>
      handleRequest(channel, request, judgeSender(event.senderFrame, currentMainFrame()), services),
    );
  }
}
