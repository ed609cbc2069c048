import { describe, expect, it } from 'vitest';
import { applyInterruptBudget, interruptBudget, V8_FLAGS, V8_INTERRUPT_BUDGET, v8FlagsToApply } from '../pipeline/batch/v8-flags.js';

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

describe('interruptBudget', () => {
  it.each<[number, number, number]>([
    [1, 2, V8_INTERRUPT_BUDGET],
    [3, 4, V8_INTERRUPT_BUDGET],
    [2, 2, 540672],
    [1, 1, 540672],
    [4, 2, 540672],
  ])('%i pipeline threads on %i cores: %i', (threads, cores, budget) => {
    expect(interruptBudget(threads, cores)).toBe(budget);
  });

  it('is V8\'s own with a core to spare, eight times it when the threads fill the cores', () => {
    expect(V8_INTERRUPT_BUDGET).toBe(67584);
    expect(interruptBudget(2, 2)).toBe(8 * V8_INTERRUPT_BUDGET);
  });

  it('applyInterruptBudget leaves a budget the node command line or NODE_OPTIONS set', () => {
    expect(applyInterruptBudget(1, 2, ['--interrupt-budget=1000'], '')).toBeUndefined();
    expect(applyInterruptBudget(1, 2, [], '--interrupt_budget=1000')).toBeUndefined();
    expect(applyInterruptBudget(1, 2, ['--max-old-space-size=512'], '')).toBe('--interrupt-budget=67584');
    expect(applyInterruptBudget(2, 2, [], '')).toBe('--interrupt-budget=540672');
  });
});
