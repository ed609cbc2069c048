import { describe, expect, it } from 'vitest';
import { V8_FLAGS, v8FlagsToApply } from '../pipeline/batch/v8-flags.js';

const ours = V8_FLAGS.map(([flag, value]) => `${flag}=${value}`);

describe('v8FlagsToApply', () => {
  it.each<[string, string[], string, string[]]>([
    ['a plain node command line', [], '', ours],
    ['other flags only', ['--enable-source-maps', '--max-old-space-size=512'], '--trace-warnings', ours],
    ['the flag given on the command line', ['--max-inlined-bytecode-size-cumulative=920'], '', ours.filter((f) => !f.startsWith('--max-inlined'))],
    ['the flag given with underscores', ['--max_inlined_bytecode_size_cumulative=920'], '', ours.filter((f) => !f.startsWith('--max-inlined'))],
    ['the flag given in NODE_OPTIONS', [], '--max-inlined-bytecode-size-cumulative=920', ours.filter((f) => !f.startsWith('--max-inlined'))],
    ['every flag given', ['--max-inlined-bytecode-size-cumulative=920', '--interrupt-budget=67584', '--heap-growing-percent=0'], '', []],
    ['one in each place', ['--interrupt_budget=67584', '--heap_growing_percent=50'], '--max-inlined-bytecode-size-cumulative=920', []],
  ])('%s', (_name, execArgv, nodeOptions, expected) => {
    expect(v8FlagsToApply(execArgv, nodeOptions)).toEqual(expected);
  });

  it('sets the inlining budget, the interrupt budget and the heap growing factor', () => {
    expect(ours).toEqual(['--max-inlined-bytecode-size-cumulative=250', '--interrupt-budget=540672', '--heap-growing-percent=100']);
  });
});
