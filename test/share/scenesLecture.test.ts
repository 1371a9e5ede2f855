/**
 * Lecture files (lecture=): the shipped example's six scenes all load without a notice and read as the
 * issue asks; a file is fetched only from the page's own origin, and one that does not load (missing,
 * not JSON, too large, elsewhere) leaves the page as it was with a notice naming the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { sceneChecker } from '../../src/share/scenes/check';
import { MAX_LECTURE_BYTES, type LectureEnv } from '../../src/share/scenes/fetchLecture';
import { parseSceneList } from '../../src/share/scenes/parse';
import { loadLecture, loadSceneList } from '../../src/share/scenes/start';
import { createAppStore } from '../../src/store';

const EXAMPLE = readFileSync(new URL('../../public/examples/lecture.json', import.meta.url), 'utf8');
const BASE = 'https://uni.example/bowl/index.html#lecture=examples/lecture.json';

/** A page at BASE whose fetch answers `body` with `status` (and records what was asked). */
function env(body: string, status = 200, url?: string): LectureEnv & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    base: BASE,
    fetch: async (u) => {
      asked.push(u);
      const response = new Response(body, { status });
      if (url) Object.defineProperty(response, 'url', { value: url });
      return response;
    },
  };
}

describe('the example lecture, public/examples/lecture.json', () => {
  const result = parseSceneList(EXAMPLE, sceneChecker(applyUrlParams));

  it('has six scenes, every one loading as a link without a notice', () => {
    expect(result.error).toBeNull();
    expect(result.refused).toEqual([]);
    expect(result.scenes).toHaveLength(6);
    expect(result.title).toBe('Gradient descent in six scenes');
  });

  it('goes bowl → zig-zag → divergence → plateau → narrow valley → standardized cars, each with its own η', () => {
    expect(result.scenes.map((c) => new URLSearchParams(c.params).get('preset'))).toEqual(['bowl', 'bowl', 'bowl', 'plateau', 'narrow-valley', 'cars']);
    const etas = result.scenes.map((c) => Number(new URLSearchParams(c.params).get('eta')));
    expect(new Set(etas).size).toBe(6);
    // Zig-zag below the bowl's largest stable η 2/λ_max = 2/7.5, divergence above it.
    expect(etas[1]).toBeLessThan(2 / 7.5);
    expect(etas[2]).toBeGreaterThan(2 / 7.5);
    expect(new URLSearchParams(result.scenes[4].params).get('view')).toBe('contour');
    expect(new URLSearchParams(result.scenes[5].params).get('std')).toBe('1');
  });

  it('captions are one or two sentences in the notation η, E, w, Δw, never “the seed”', () => {
    for (const { caption } of result.scenes) {
      const sentences = caption.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length, caption).toBeGreaterThanOrEqual(1);
      expect(sentences.length, caption).toBeLessThanOrEqual(2);
      expect(caption).not.toMatch(/seed/i);
      expect(caption).toMatch(/η|E|Δw|w/);
    }
  });

  it('each scene opens as its link, and the run does what its caption says', () => {
    const store = createAppStore();
    expect(loadSceneList(store, result, 'The example', applyUrlParams)).toBe(true);
    const outcome: string[] = [];
    for (let k = 0; k < 6; k++) {
      store.getState().goToScene(k);
      store.getState().step(2000);
      outcome.push(store.getState().runner.status);
    }
    expect(outcome).toEqual(['converged', 'converged', 'diverged', 'converged', 'converged', 'converged']);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('loadLecture', () => {
  it('fetches the file next to the page and opens its first scene', async () => {
    const store = createAppStore();
    const e = env(EXAMPLE);
    expect(await loadLecture(store, 'examples/lecture.json', applyUrlParams, e)).toBe(true);
    expect(e.asked).toEqual(['https://uni.example/bowl/examples/lecture.json']);
    const s = store.getState();
    expect(s.deck?.scenes).toHaveLength(6);
    expect([s.scene, s.presetId, s.eta]).toEqual([0, 'bowl', 0.1]);
    expect(s.notices).toEqual([]);
  });

  it.each([
    ['missing', 'examples/nope.json', env('', 404), /“examples\/nope\.json” was not loaded: the server answered 404 \(not found\)\. The page is as it was\.$/],
    ['not JSON', 'x.json', env('<html>'), /was not loaded: it is not valid JSON/],
    ['not a list', 'x.json', env('{"scenes": 3}'), /was not loaded: it is a number, not a list of scenes/],
    ['too large', 'x.json', env(' '.repeat(MAX_LECTURE_BYTES + 1)), /was not loaded: it is larger than 1,000,000 bytes/],
    ['on another site', 'https://evil.example/l.json', env(EXAMPLE), /was not loaded: it is not on this site \(https:\/\/uni\.example\)/],
    ['redirected to another site', 'x.json', env(EXAMPLE, 200, 'https://evil.example/l.json'), /the server sent it from another site/],
    ['from a file page', 'x.json', { ...env(EXAMPLE), base: 'file:///home/t/index.html' }, /a page opened from a file cannot fetch scene files/],
    ['where fetch throws', 'x.json', { base: BASE, fetch: () => Promise.reject(new TypeError('offline')) }, /it could not be fetched/],
  ])('a file %s leaves the page as it was, with a notice', async (_name, address, e, message) => {
    const store = createAppStore('plateau');
    store.getState().step(3);
    expect(await loadLecture(store, address, applyUrlParams, e)).toBe(false);
    const s = store.getState();
    expect([s.deck, s.presetId, s.snapshot.step]).toEqual([null, 'plateau', 3]);
    expect(s.notices.map((n) => n.text)).toEqual([expect.stringMatching(message)]);
    if (_name === 'on another site') expect((e as ReturnType<typeof env>).asked).toEqual([]);
  });

  it('a file with one bad scene loads the others and names it', async () => {
    const list = { scenes: [{ caption: 'Good.', params: 'preset=bowl' }, { caption: 7, params: 'preset=bowl' }] };
    const store = createAppStore();
    expect(await loadLecture(store, 'l.json', applyUrlParams, env(JSON.stringify(list)))).toBe(true);
    expect(store.getState().deck?.scenes).toHaveLength(1);
    expect(store.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/^Scene 2 was left out: its caption must be text .*\(it is a number\)\. The other 1 of 2 are loaded\.$/)]);
  });
});
