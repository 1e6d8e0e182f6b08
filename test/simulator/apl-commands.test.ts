// The APL command runner the simulator and the countdown tests rely on: it must keep time as a device does.
import { AplRunError, resolve, runCommands } from '../../scripts/alexa/apl-commands';

const set = (property: string, value: unknown) => ({ type: 'SetValue', componentId: 'root', property, value });

describe('runCommands', () => {
  it('runs a Sequential in order, Idle moving the clock, and repeats it repeatCount more times', () => {
    const { events, end } = runCommands([{ type: 'Sequential', repeatCount: 2, commands: [{ type: 'Idle', delay: 1000 }, set('n', '${n - 1}')] }], {}, { n: 3 });
    expect(events).toEqual([{ at: 1000, property: 'n', value: 2 }, { at: 2000, property: 'n', value: 1 }, { at: 3000, property: 'n', value: 0 }]);
    expect(end).toBe(3000);
  });

  it('runs Parallel branches from the same moment and ends with the longest', () => {
    const { events, end } = runCommands([{ type: 'Parallel', commands: [{ type: 'Idle', delay: 500 }, { type: 'Sequential', commands: [{ type: 'Idle', delay: 200 }, set('a', 1)] }] }], {});
    expect(events).toEqual([{ at: 200, property: 'a', value: 1 }]);
    expect(end).toBe(500);
  });

  it('calls commands the document defines with their parameters, and skips a command whose when is false', () => {
    const definitions = { Show: { parameters: ['i', 'ms'], commands: [set('seg', '${i}'), { type: 'Idle', delay: '${ms}' }, { ...set('late', true), when: '${i > 1}' }] } };
    const { events, end } = runCommands([{ type: 'Show', i: 1, ms: 300 }, { type: 'Show', i: 2, ms: 100 }], definitions);
    expect(events).toEqual([{ at: 0, property: 'seg', value: 1 }, { at: 300, property: 'seg', value: 2 }, { at: 400, property: 'late', value: true }]);
    expect(end).toBe(400);
  });

  it('evaluates expressions: arithmetic, comparisons and text with values in it', () => {
    expect(resolve('${(a + 2) * 3 - b / 2}', { a: 1, b: 4 })).toBe(7);
    expect(resolve('${a >= 2 && !b}', { a: 2, b: false })).toBe(true);
    expect(resolve('Lift ${n} of 15', { n: 3 })).toBe('Lift 3 of 15');
    expect(resolve(5, {})).toBe(5);
  });

  it('refuses a command or a name it does not know instead of guessing', () => {
    expect(() => runCommands([{ type: 'SpeakItem' }], {})).toThrow(AplRunError);
    expect(() => resolve('${missing + 1}', {})).toThrow(/missing is not bound/);
  });
});
