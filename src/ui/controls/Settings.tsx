/**
 * The settings a run changes rarely: speed, activation, descent mode (and its
 * batch size) and the error measure, in one compact panel beside the plot.
 */
import { ACTIVATION_NAMES, ACTIVATIONS, MODE_NAMES, OPTIMIZER_NAMES, type ActivationName, type LossName, type ModeName, type OptimizerName } from '../../engine';
import { SPEED_MAX, SPEED_MIN, useAppState, useAppStore } from '../../store';
import { formatNumber, optimizerLabel } from '../../notation';
import { Choice } from './Choice';
import { LogSlider } from './LogSlider';
import { NumberField } from './NumberField';

const MODE_LABELS: Record<ModeName, string> = {
  batch: 'batch (all records)',
  stochastic: 'stochastic (one record)',
  minibatch: 'mini-batch',
};

/** The settings panel. */
export function Settings() {
  const store = useAppStore();
  const speed = useAppState((s) => s.speed);
  const activation = useAppState((s) => s.activation);
  const mode = useAppState((s) => s.mode);
  const batchSize = useAppState((s) => s.batchSize);
  const loss = useAppState((s) => s.loss);
  const optimizer = useAppState((s) => s.optimizer);
  const chosenParams = useAppState((s) => s.optimizerParams);
  const N = useAppState((s) => s.problem.N);
  const act = store.getState;
  return (
    <section className="panel settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <div className="settings-grid">
        <Choice<ActivationName>
          name="activation f"
          label="activation f"
          value={activation}
          options={ACTIVATION_NAMES.map((a) => ({ value: a, text: ACTIVATIONS[a].label }))}
          onChange={(a) => act().setActivation(a)}
        />
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
        <Choice<OptimizerName>
          name="optimizer"
          label="optimizer"
          value={optimizer}
          options={OPTIMIZER_NAMES.map((o) => ({ value: o, text: optimizerLabel(o, o === optimizer ? chosenParams : {}) }))}
          onChange={(o) => act().setOptimizer(o)}
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
      </div>
    </section>
  );
}
