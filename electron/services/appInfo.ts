/** Answers 'app:getInfo': who is hosting the console, so the renderer can say which build it talks to. */
import type { AppInfo } from '../../shared/ipc/contract';

export interface AppIdentity {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly host: AppInfo['host'];
}

export function getAppInfo(identity: AppIdentity): AppInfo {
  return { name: identity.name, version: identity.version, platform: identity.platform, host: identity.host };
}
