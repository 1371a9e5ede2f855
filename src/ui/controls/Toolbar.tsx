/**
 * The strip of controls above the plot: Step, Play/Pause, Reset, η, the rewind
 * scrubber and the step-through switch: what a student touches every few seconds. The settings
 * changed rarely (speed, activation, mode, error) are in Settings.tsx.
 */
import { releaseAfterMouse } from './releaseAfterMouse';
import { ETA_MAX, ETA_MIN, useAppState, useAppStore, useEtaMax } from '../../store';
import { LogSlider } from './LogSlider';
import { NumberField } from './NumberField';
import { StepThroughSwitch } from './StepThroughSwitch';
import { RewindScrubber } from './RewindScrubber';
import { formatNumber } from '../../notation';
import type { ReactNode } from 'react';

/**
 * Step, Play, Reset, η and (unless `compact`, as in an embed) the rewind scrubber and
 * the step-through switch; `children` follow in the same strip (lecture mode's numbers and menu).
 */
export function Toolbar({ compact = false, children }: { compact?: boolean; children?: ReactNode }) {
  const store = useAppStore();
  const playing = useAppState((s) => s.playing);
  const status = useAppState((s) => s.snapshot.status);
  const eta = useAppState((s) => s.eta);
  // Linear units have one largest stable η (2/λ_max); it is ticked on the slider.
  const etaMax = useEtaMax();
  const act = store.getState;
  const diverged = status === 'diverged';

  return (
    <div className="controls toolbar" role="group" aria-label="Descent controls">
      <div className="buttons">
        <button type="button" className="primary" onClick={(e) => {
            act().next();
            releaseAfterMouse(e);
          }} disabled={diverged} aria-keyshortcuts="ArrowRight .">
          Step
        </button>
        <button type="button" onClick={(e) => {
            act().togglePlay();
            releaseAfterMouse(e);
          }} disabled={diverged && !playing} aria-keyshortcuts="Space">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={(e) => {
            act().reset();
            releaseAfterMouse(e);
          }} aria-keyshortcuts="r">
          Reset
        </button>
      </div>

      <div className="setting eta">
        <span className="setting-name" aria-hidden="true">
          η
        </span>
        <LogSlider
          label="learning rate η (logarithmic slider)"
          value={eta}
          min={ETA_MIN}
          max={ETA_MAX}
          digits={3}
          valueText={`η = ${formatNumber(eta)}${etaMax ? `; largest stable η ${formatNumber(etaMax)}` : ''}`}
          onChange={(v) => act().setEta(v)}
          marks={etaMax ? [etaMax] : []}
          markLabel="max"
        />
        <NumberField
          label="learning rate η"
          value={eta}
          min={ETA_MIN}
          max={ETA_MAX}
          accept={(v) => v >= ETA_MIN && v <= ETA_MAX}
          onCommit={(v) => act().setEta(v)}
          onInvalid={(t, kept) => act().notify(`“${t.slice(0, 20)}” is not a learning rate from ${ETA_MIN} to ${ETA_MAX}; kept η = ${formatNumber(kept)}.`)}
        />
      </div>

      {/* An embed is short of room: no rewind scrubber there (← still steps back). */}
      {!compact && <RewindScrubber />}
      {!compact && <StepThroughSwitch />}
      {children}
    </div>
  );
}
