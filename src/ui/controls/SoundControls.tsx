/**
 * Sound, off until asked for: listen to the curve E(wᵢ) as drawn (pitch for E, pan for w, a buzz
 * where E is past the axis; `s`), and a tone for each step of a run (pitch for E, a low noise when
 * it diverges; `m`), with volume and the trace's length. useSoundSettings holds the settings so the
 * keys and the panel agree.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** What App hands the panel (ui makes no sound itself). */
export interface SoundController {
  /** Whether this browser can play sound (WebAudio). */
  available: boolean;
  traceCurve(seconds: number, volume: number): Promise<void>;
  stop(): void;
  /** Turns the step tones on (reading the volume at each tone) or off. */
  stepTones(on: boolean, volume: () => number): void;
}

/** The sound settings and what changes them. */
export interface SoundSettings {
  tracing: boolean;
  stepTones: boolean;
  volume: number;
  seconds: number;
  toggleTrace(): void;
  toggleStepTones(): void;
  setVolume(v: number): void;
  setSeconds(s: number): void;
}

/** The settings, driving `sound`. */
export function useSoundSettings(sound: SoundController): SoundSettings {
  const [tracing, setTracing] = useState(false);
  const [stepTones, setStepTones] = useState(false);
  const [volume, setVolume] = useState(0.3);
  const [seconds, setSeconds] = useState(3);
  const volumeRef = useRef(volume);
  volumeRef.current = volume;
  useEffect(() => {
    sound.stepTones(stepTones, () => volumeRef.current);
    return () => sound.stepTones(false, () => 0);
  }, [sound, stepTones]);
  const toggleTrace = useCallback(() => {
    if (tracing) {
      sound.stop();
      setTracing(false);
      return;
    }
    setTracing(true);
    void sound.traceCurve(seconds, volumeRef.current).finally(() => setTracing(false));
  }, [sound, tracing, seconds]);
  return { tracing, stepTones, volume, seconds, toggleTrace, toggleStepTones: () => setStepTones((on) => !on), setVolume, setSeconds };
}

/** The Sound panel. */
export function SoundControls({ settings, available }: { settings: SoundSettings; available: boolean }) {
  if (!available) {
    return (
      <section className="panel sound" aria-label="Sound">
        <p className="note">Sound needs WebAudio, which this browser does not offer.</p>
      </section>
    );
  }
  return (
    <section className="panel sound" aria-labelledby="sound-title">
      <h2 id="sound-title">Sound</h2>
      <div className="sound-row">
        <button type="button" aria-keyshortcuts="s" aria-pressed={settings.tracing} onClick={settings.toggleTrace}>
          {settings.tracing ? 'Stop the sound' : 'Listen to the curve'}
        </button>
        <label className="toggle">
          <input type="checkbox" aria-keyshortcuts="m" checked={settings.stepTones} onChange={settings.toggleStepTones} /> a tone for each step
        </label>
      </div>
      <div className="sound-row">
        <label className="setting">
          <span className="setting-name">volume</span>
          <input type="range" min={0} max={1} step={0.05} value={settings.volume} aria-label="sound volume" aria-valuetext={`${Math.round(settings.volume * 100)} %`} onChange={(e) => settings.setVolume(Number(e.target.value))} />
        </label>
        <label className="setting">
          <span className="setting-name">trace</span>
          <input type="range" min={1} max={10} step={0.5} value={settings.seconds} aria-label="length of the curve's sound, in seconds" aria-valuetext={`${settings.seconds} seconds`} onChange={(e) => settings.setSeconds(Number(e.target.value))} />
          <span className="unit">{settings.seconds} s</span>
        </label>
      </div>
      <p className="note">Higher tone, higher E; left to right, the weight along its axis; a buzz where E is above the plot.</p>
    </section>
  );
}
