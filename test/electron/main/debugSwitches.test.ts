/** A packaged app's decision to refuse debugger and remote-control switches, over real argv and env shapes. */
import { describe, expect, it } from 'vitest';
import { debugSwitchRefusal, refusedDebugSwitches } from '../../../electron/main/debugSwitches';

const exe = '/opt/Firebreak/firebreak';

describe('refusedDebugSwitches', () => {
  it('finds every debugging switch, with or without a value, and the variables that open Node', () => {
    const argv = [
      exe,
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '-remote-debugging-address=0.0.0.0',
      '--inspect',
      '--inspect-brk=9229',
      '--INSPECT-PORT=1',
      '--js-flags=--allow-natives-syntax',
      '--debug-brk',
    ];
    expect(
      refusedDebugSwitches(
        argv,
        { ELECTRON_RUN_AS_NODE: '1', NODE_OPTIONS: '--max-old-space-size=1 --inspect' },
        'linux',
      ),
    ).toEqual([...argv.slice(1), 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS with --inspect']);
    expect(refusedDebugSwitches([exe, '/remote-debugging-port=9222'], {}, 'win32')).toEqual([
      '/remote-debugging-port=9222',
    ]);
  });

  it('lets an ordinary start through, including files and harmless switches', () => {
    expect(
      refusedDebugSwitches(
        [
          '--inspect',
          '--no-sandbox-is-not-here',
          '/home/dana/inspect-notes.pdf',
          '--lang=en-GB',
          'remote-debugging-port',
        ],
        { NODE_OPTIONS: '--max-old-space-size=4096', ELECTRON_RUN_AS_NODE: '' },
        'linux',
      ),
    ).toEqual([]);
    expect(debugSwitchRefusal([exe], {}, 'darwin')).toBeUndefined();
  });

  it('says in words why the app will not start', () => {
    expect(debugSwitchRefusal([exe, '--remote-debugging-port=9222', '--inspect'], {}, 'linux')).toBe(
      'Firebreak will not start with debugging switched on (--remote-debugging-port, --inspect): it would let ' +
        'another program read the signing key and evidence. Start Firebreak without these options.',
    );
  });
});
