/**
 * Export, from one place: the figure as PNG (2× or 4×, for slides) or SVG with its axes, key
 * and a title line; the trajectory as CSV; the run as JSON (the data editor loads it back);
 * and k steps as an animated GIF or a WebM video — from now, or from an earlier step of the run (a
 * stretch of the rewind scrubber, replayed) — at a chosen width and frame rate,
 * with a progress bar and Cancel. What a browser cannot make (WebM without WebCodecs) is said
 * and the rest offered. A failure leaves the page as it was, with a message.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { NumberField } from './NumberField';
import { useAppState } from '../../store';

/** A file made for download. */
export interface ExportFile {
  blob: Blob;
  name: string;
}

/** An animation's settings. */
export interface AnimationChoice {
  format: 'gif' | 'webm';
  steps: number;
  width: number;
  fps: number;
  /** The step the recording starts from: null, the run's step now; an earlier one replays that stretch of the run (rewind). */
  from: number | null;
}

/** What App hands the menu (ui does not draw figures or encode). */
export interface ExportMakers {
  picture(kind: 'png2' | 'png4' | 'svg'): Promise<ExportFile>;
  trajectory(): ExportFile;
  run(): ExportFile;
  animation(choice: AnimationChoice, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<ExportFile>;
  /** Why an animation with these settings is refused (null: fine). */
  animationProblem(choice: AnimationChoice): string | null;
  /** Whether this browser can make a WebM. */
  webm: boolean;
}

/** Saves `file` through a download link. */
function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The "Export" button and its panel. */
export function ExportMenu({ makers }: { makers: ExportMakers }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [choice, setChoice] = useState<AnimationChoice>({ format: 'gif', steps: 20, width: 640, fps: 5, from: null });
  const step = useAppState((s) => s.snapshot.step);
  const reached = useAppState((s) => Math.max(s.stepsTaken, s.snapshot.step));
  const abort = useRef<AbortController | null>(null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && progress === null) {
        e.preventDefault();
        setOpen(false);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, progress]);
  useEffect(() => () => abort.current?.abort(), []);

  const save = async (make: () => ExportFile | Promise<ExportFile>) => {
    try {
      const file = await make();
      download(file);
      setMessage({ tone: 'ok', text: `Saved ${file.name}.` });
    } catch (e) {
      setMessage({ tone: 'error', text: `Nothing was saved: ${e instanceof Error ? e.message : String(e)}.` });
    }
  };
  const record = async () => {
    const why = makers.animationProblem(choice);
    if (why) {
      setMessage({ tone: 'error', text: `Not recorded: ${why}.` });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: choice.steps + 1 });
    setMessage(null);
    try {
      const file = await makers.animation(choice, (done, total) => setProgress({ done, total }), controller.signal);
      download(file);
      setMessage({ tone: 'ok', text: `Saved ${file.name}.` });
    } catch (e) {
      const cancelled = e instanceof DOMException && e.name === 'AbortError';
      setMessage({ tone: cancelled ? 'ok' : 'error', text: cancelled ? 'Recording cancelled; the run is back where it was.' : `Not recorded (${e instanceof Error ? e.message : String(e)}); the run is back where it was.` });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };
  const field = (key: 'steps' | 'width' | 'fps', label: string, visible: string, lo: number, hi: number) => (
    <NumberField
      label={label}
      visibleLabel={visible}
      value={choice[key]}
      min={lo}
      max={hi}
      accept={(v) => Number.isInteger(v) && v >= lo && v <= hi}
      onCommit={(v) => {
        setChoice((c) => ({ ...c, [key]: v }));
        return true;
      }}
      onInvalid={(t, kept) => setMessage({ tone: 'error', text: `“${t.slice(0, 20)}” is not allowed for ${label} (a whole number from ${lo} to ${hi}); kept ${kept}.` })}
    />
  );
  return (
    <div className="page-menu export-menu" ref={root}>
      <button type="button" className="menu-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Export
      </button>
      <div id={id} className="menu-panel export-panel" hidden={!open} role="group" aria-label="Export">
        <p className="note">The figure as it is drawn, with its axes, key and a title line.</p>
        <div className="export-row">
          <button type="button" onClick={() => void save(() => makers.picture('png2'))}>PNG 2×</button>
          <button type="button" onClick={() => void save(() => makers.picture('png4'))}>PNG 4×</button>
          <button type="button" onClick={() => void save(() => makers.picture('svg'))}>SVG</button>
        </div>
        <div className="export-row">
          <button type="button" onClick={() => void save(makers.trajectory)}>Trajectory (CSV)</button>
          <button type="button" onClick={() => void save(makers.run)}>Run (JSON)</button>
        </div>
        <fieldset className="export-animation">
          <legend>The next steps as an animation</legend>
          <label className="setting">
            <span className="setting-name">format</span>
            <select aria-label="animation format" value={choice.format} onChange={(e) => setChoice((c) => ({ ...c, format: e.target.value as 'gif' | 'webm' }))}>
              <option value="gif">GIF</option>
              <option value="webm" disabled={!makers.webm}>
                WebM video{makers.webm ? '' : ' (not in this browser)'}
              </option>
            </select>
          </label>
          <NumberField
            label="step to start the recording at"
            visibleLabel="from step"
            value={choice.from ?? step}
            min={0}
            max={reached}
            accept={(v) => Number.isInteger(v) && v >= 0 && v <= reached}
            onCommit={(v) => {
              setChoice((c) => ({ ...c, from: v === step ? null : v }));
              return true;
            }}
            onInvalid={(t, kept) => setMessage({ tone: 'error', text: `“${t.slice(0, 20)}” is not a step of this run (a whole number from 0 to ${reached}); kept ${kept}.` })}
          />
          {field('steps', 'steps to record', 'steps', 1, 300)}
          {field('width', 'width in pixels', 'width', 160, 1920)}
          {field('fps', 'frames per second', 'fps', 1, 30)}
          <button type="button" className="primary" disabled={progress !== null} onClick={() => void record()}>
            Record
          </button>
          {progress && (
            <>
              <progress max={progress.total} value={progress.done} aria-label="recording progress" data-testid="export-progress" />
              <button type="button" onClick={() => abort.current?.abort()}>
                Cancel
              </button>
            </>
          )}
          {!makers.webm && <p className="note">This browser cannot encode video (no WebCodecs): GIF is offered.</p>}
        </fieldset>
        {message && (
          <p className={`export-message ${message.tone}`} role="status" data-testid="export-menu-message">
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
