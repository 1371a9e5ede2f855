/** The word people read for a run's state, from the engine's status, the stall flag, the step and playing. */
import { describe, expect, it } from 'vitest';
import { statusWord, STATUS_WORDS } from '../../src/notation';

describe('statusWord', () => {
  it('statusWord of a running run: ready at step 0, paused after it, playing whenever it plays', () => {
    expect(statusWord({ status: 'running', stalled: false, step: 0, playing: false })).toBe('ready');
    expect(statusWord({ status: 'running', stalled: false, step: 1, playing: false })).toBe('paused');
    expect(statusWord({ status: 'running', stalled: false, step: 0, playing: true })).toBe('playing');
    expect(statusWord({ status: 'running', stalled: false, step: 40, playing: true })).toBe('playing');
  });

  it('statusWord of an ended run says how it ended, playing or not', () => {
    for (const playing of [false, true]) {
      expect(statusWord({ status: 'converged', stalled: false, step: 12, playing })).toBe('converged');
      expect(statusWord({ status: 'converged', stalled: true, step: 12, playing })).toBe('stalled');
      expect(statusWord({ status: 'diverged', stalled: false, step: 30, playing })).toBe('diverged');
      // A start that is already at the bottom, or already overflows, is not "ready".
      expect(statusWord({ status: 'converged', stalled: false, step: 0, playing })).toBe('converged');
      expect(statusWord({ status: 'diverged', stalled: false, step: 0, playing })).toBe('diverged');
    }
  });

  it('STATUS_WORDS lists the six words', () => {
    expect([...STATUS_WORDS]).toEqual(['ready', 'playing', 'paused', 'converged', 'stalled', 'diverged']);
  });
});
