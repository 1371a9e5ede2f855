/**
 * The per-frame channel's text clock: a fast run's texts change at most every 500 ms, a slow
 * run's on every step, and while playing React's snapshot is committed only in frames whose
 * texts change (so few frames carry the heavier work).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, createFrameChannel, STEP_TEXT_MS, TEXT_INTERVAL_MS, takeSnapshot } from '../../src/store';

beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
afterEach(() => vi.useRealTimers());

describe('textDue', () => {
  it('textDue on a fast run (many steps a frame) is true at most every TEXT_INTERVAL_MS, for every listener of that frame', () => {
    const store = createAppStore('round-bowl');
    const channel = createFrameChannel(store.getState().snapshot);
    const due: number[] = [];
    for (let frame = 0; frame < 120; frame++) {
      store.getState().step(10);
      const snap = takeSnapshot(store.getState().runner);
      if (channel.textDue(snap)) {
        due.push(performance.now());
        expect(channel.textDue(snap)).toBe(true); // a second listener of the same frame
      }
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(due.length).toBeGreaterThanOrEqual(3);
    for (let n = 1; n < due.length; n++) expect(due[n] - due[n - 1]).toBeGreaterThanOrEqual(TEXT_INTERVAL_MS);
  });

  it('textDue on a slow run (one step at a time, ≥ STEP_TEXT_MS apart) is true for every step', () => {
    const store = createAppStore('round-bowl');
    const channel = createFrameChannel(store.getState().snapshot);
    for (let n = 0; n < 10; n++) {
      store.getState().step(1);
      expect(channel.textDue(takeSnapshot(store.getState().runner))).toBe(true);
      vi.advanceTimersByTime(STEP_TEXT_MS + 150);
    }
  });
});

describe('commits while playing', () => {
  it('step() while playing commits React’s snapshot only in frames whose texts change, about every 500 ms', () => {
    const store = createAppStore('round-bowl');
    store.getState().setMode('stochastic');
    store.getState().setEta(0.001);
    store.getState().play();
    const commits: number[] = [];
    const texts: number[] = [];
    store.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot) commits.push(s.snapshot.step);
    });
    store.getState().frames.subscribe((snap) => {
      if (store.getState().frames.textDue(snap)) texts.push(snap.step);
    });
    for (let frame = 0; frame < 180; frame++) {
      store.getState().step(17);
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(commits.length).toBeGreaterThanOrEqual(4);
    expect(commits.length).toBeLessThanOrEqual(8);
    for (const step of commits) expect(texts).toContain(step);
  });
});
