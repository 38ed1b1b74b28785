/**
 * A packaged Firebreak refuses to start with a debugger or remote-control switch: the signing key and the evidence
 * pass through the main process, and `--remote-debugging-port`, `--inspect` or `--js-flags` would hand both to
 * whoever can reach the port or pipe. The fuses in electron-builder.yml already switch off Node's inspector flags,
 * NODE_OPTIONS and ELECTRON_RUN_AS_NODE in the binary; this check also covers Chromium's own switches and says why
 * in words rather than starting quietly in a debuggable state. Development runs (not packaged) are not checked.
 */

/** Chromium and Node switches that open the process to a debugger or change the JavaScript engine. */
const REFUSED_SWITCHES: readonly RegExp[] = [
  /^remote-debugging-(port|pipe|address|targets)$/,
  /^inspect(-brk|-port|-publish-uid|-wait)?$/,
  /^debug(-brk|-port)?$/,
  /^js-flags$/,
];

function switchName(argument: string, platform: string): string | undefined {
  // Chromium takes switches with "--" or "-" (and "/" on Windows), with an optional "=value".
  const match = (platform === 'win32' ? /^(?:--|-|\/)([^=\s]+)/ : /^(?:--|-)([^=\s]+)/).exec(argument);
  return match?.[1]?.toLowerCase();
}

/** The refused switches and variables found, as they were given (empty when the start is fine). */
export function refusedDebugSwitches(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): string[] {
  const found = argv.slice(1).filter((argument) => {
    const name = switchName(argument, platform);
    return name !== undefined && REFUSED_SWITCHES.some((pattern) => pattern.test(name));
  });
  const runAsNode = env.ELECTRON_RUN_AS_NODE;
  if (runAsNode !== undefined && runAsNode !== '') found.push('ELECTRON_RUN_AS_NODE');
  if (/(^|\s)--(inspect|debug)/.test(env.NODE_OPTIONS ?? '')) found.push('NODE_OPTIONS with --inspect');
  return found;
}

/** The message a packaged app quits with, or `undefined` when nothing is refused. */
export function debugSwitchRefusal(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): string | undefined {
  const found = refusedDebugSwitches(argv, env, platform);
  if (found.length === 0) return undefined;
  const listed = found.map((item) => item.split('=')[0]).join(', ');
  return (
    `Firebreak will not start with debugging switched on (${listed}): it would let another program read the ` +
    'signing key and evidence. Start Firebreak without these options.'
  );
}
