/** The run's controls: Step, Play/Pause, Reset, η, speed, activation, mode and error measure. */
import { ACTIVATION_NAMES, ACTIVATIONS, MODE_NAMES, type ActivationName, type LossName, type ModeName } from '../../engine';
import { Choice } from './Choice';
import { releaseAfterMouse } from './releaseAfterMouse';
import { ETA_MAX, ETA_MIN, SPEED_MAX, SPEED_MIN, useAppState, useAppStore, useEtaMax } from '../../store';
import { LogSlider } from './LogSlider';
import { NumberField } from './NumberField';
import { formatNumber } from '../../notation';

const MODE_LABELS: Record<ModeName, string> = {
  batch: 'batch (all records)',
  stochastic: 'stochastic (one record)',
  minibatch: 'mini-batch',
};

/** Buttons and settings of the descent run; `compact` (embed mode) keeps the buttons and η. */
export function Controls({ compact = false }: { compact?: boolean }) {
  const store = useAppStore();
  const playing = useAppState((s) => s.playing);
  const status = useAppState((s) => s.snapshot.status);
  const eta = useAppState((s) => s.eta);
  const speed = useAppState((s) => s.speed);
  const activation = useAppState((s) => s.activation);
  const mode = useAppState((s) => s.mode);
  const batchSize = useAppState((s) => s.batchSize);
  const loss = useAppState((s) => s.loss);
  const N = useAppState((s) => s.problem.N);
  // Linear units have one largest stable η (2/λ_max); it is ticked on the slider.
  const etaMax = useEtaMax();
  const act = store.getState;
  const diverged = status === 'diverged';

  return (
    <div className="controls" role="group" aria-label="Descent controls">
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

      {!compact && (
      <>
      <div className="setting speed">
        <label>
          <span className="setting-name">speed</span>
          <LogSlider
            label="speed (steps per second)"
            value={speed}
            min={SPEED_MIN}
            max={SPEED_MAX}
            digits={2}
            valueText={`${formatNumber(speed, 3)} steps per second`}
            onChange={(v) => act().setSpeed(v)}
          />
        </label>
        <span className="unit">{formatNumber(speed, 3)} steps/s</span>
      </div>

      <Choice<ActivationName>
        name="activation f"
        label="activation f"
        value={activation}
        options={ACTIVATION_NAMES.map((a) => ({ value: a, text: ACTIVATIONS[a].label }))}
        onChange={(a) => act().setActivation(a)}
      />

      <Choice<ModeName>
        name="descent mode"
        label="descent mode"
        value={mode}
        options={MODE_NAMES.map((m) => ({ value: m, text: MODE_LABELS[m] }))}
        onChange={(m) => act().setMode(m)}
      />
      {mode === 'minibatch' && (
        <NumberField
          className="batch-size"
          label="mini-batch size b"
          visibleLabel="b ="
          value={batchSize}
          min={1}
          max={N}
          accept={(v) => Number.isInteger(v) && v >= 1}
          onCommit={(v) => act().setBatchSize(v)}
          onInvalid={(t, kept) => act().notify(`“${t.slice(0, 20)}” is not a batch size (a whole number from 1); kept b = ${kept}.`)}
        />
      )}

      <Choice<LossName>
        name="error E"
        label="error measure"
        value={loss}
        options={[
          { value: 'sse', text: 'SSE: ½ Σ (y − ŷ)²' },
          { value: 'mse', text: 'MSE: ½ · mean (y − ŷ)²' },
        ]}
        onChange={(l) => act().setLoss(l)}
      />
      </>
      )}
    </div>
  );
}
