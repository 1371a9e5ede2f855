/**
 * The sounds themselves, with WebAudio (no library): a trace of a curve — one tone gliding in
 * pitch with E and in pan with w, a buzz where E is past the axis — and short tones for a run's
 * steps, with a low noise for a run that diverged. One AudioContext, made on the first sound
 * (a browser allows audio only after a person acts); stop() silences everything.
 */
import { beyond, panOf, pitchOf } from './sonify';

/** A point of a curve: the weight and E there. */
export interface TracePoint {
  w: number;
  E: number;
}

let ctx: AudioContext | null = null;
let playing: AudioScheduledSourceNode[] = [];

/** The audio context, or null where there is none (tests, old browsers). */
function audio(): AudioContext | null {
  if (ctx) return ctx;
  const Ctor = typeof window !== 'undefined' ? (window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext) : undefined;
  if (!Ctor) return null;
  ctx = new Ctor();
  return ctx;
}

/** Stops every sound now. */
export function stopSounds(): void {
  for (const n of playing) {
    try {
      n.stop();
    } catch {
      // Already stopped.
    }
  }
  playing = [];
}

/** Whether sound can play here. */
export function soundAvailable(): boolean {
  return typeof window !== 'undefined' && typeof (window.AudioContext ?? (window as { webkitAudioContext?: unknown }).webkitAudioContext) === 'function';
}

/**
 * Plays `points` (w ascending) as one sweep of `seconds`: pitch for E between `lo` and `hi`, pan for
 * w across [x0, x1], and where E > `top` a square-wave buzz instead of the sine. Returns when it ends.
 */
export function traceCurve(points: readonly TracePoint[], range: { lo: number; hi: number; top: number; x0: number; x1: number }, seconds: number, volume: number): Promise<void> {
  const ac = audio();
  if (!ac || points.length < 2) return Promise.resolve();
  stopSounds();
  void ac.resume();
  const t0 = ac.currentTime + 0.05;
  const dt = seconds / (points.length - 1);
  const pan = ac.createStereoPanner();
  pan.connect(ac.destination);
  const voice = (type: OscillatorType) => {
    const osc = ac.createOscillator();
    const gain = ac.createGain();
    osc.type = type;
    osc.connect(gain).connect(pan);
    gain.gain.setValueAtTime(0, t0);
    osc.start(t0);
    osc.stop(t0 + seconds + 0.1);
    playing.push(osc);
    return { osc, gain };
  };
  const sine = voice('sine');
  const buzz = voice('square');
  points.forEach((p, n) => {
    const t = t0 + n * dt;
    const out = beyond(p.E, range.top);
    const f = pitchOf(out ? range.top : p.E, range.lo, range.hi);
    if (Number.isFinite(f)) {
      sine.osc.frequency.linearRampToValueAtTime(f, t);
      buzz.osc.frequency.linearRampToValueAtTime(f, t);
    }
    sine.gain.gain.linearRampToValueAtTime(out ? 0 : volume, t);
    buzz.gain.gain.linearRampToValueAtTime(out ? volume * 0.35 : 0, t);
    pan.pan.linearRampToValueAtTime(panOf(p.w, range.x0, range.x1), t);
  });
  sine.gain.gain.linearRampToValueAtTime(0, t0 + seconds + 0.05);
  buzz.gain.gain.linearRampToValueAtTime(0, t0 + seconds + 0.05);
  return new Promise((resolve) => {
    sine.osc.onended = () => resolve();
  });
}

/** One short tone for a step: pitch for E in [lo, hi] (a low noise burst when the run diverged). */
export function stepTone(E: number, lo: number, hi: number, volume: number, diverged: boolean): void {
  const ac = audio();
  if (!ac) return;
  void ac.resume();
  const t = ac.currentTime + 0.01;
  const gain = ac.createGain();
  gain.connect(ac.destination);
  gain.gain.setValueAtTime(0, t);
  gain.gain.linearRampToValueAtTime(volume, t + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + (diverged ? 0.4 : 0.09));
  if (diverged) {
    const noise = ac.createBuffer(1, Math.round(ac.sampleRate * 0.4), ac.sampleRate);
    const data = noise.getChannelData(0);
    for (let n = 0; n < data.length; n++) data[n] = Math.random() * 2 - 1;
    const src = ac.createBufferSource();
    src.buffer = noise;
    const low = ac.createBiquadFilter();
    low.type = 'lowpass';
    low.frequency.value = 400;
    src.connect(low).connect(gain);
    src.start(t);
    playing.push(src);
    return;
  }
  const osc = ac.createOscillator();
  osc.type = 'triangle';
  const f = pitchOf(E, lo, hi);
  osc.frequency.setValueAtTime(Number.isFinite(f) ? f : 440, t);
  osc.connect(gain);
  osc.start(t);
  osc.stop(t + 0.1);
}
