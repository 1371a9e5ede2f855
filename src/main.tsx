/**
 * Entry point: make the store, restore saved settings, apply the URL (which wins
 * over them), start saving and, inside a frame with embed=1, the message bridge;
 * then render the app, and only after its first paint take the steps a link asked
 * for (`steps=`), in short slices with their progress shown.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseUrl } from './share/url';
import { applyUrlParams } from './share/apply';
import { startEmbedBridge } from './share/embed';
import { takeStepsInSlices } from './share/slices';
import { createPersistence, resetToDefaults } from './share/persist';
import { guideMemory } from './share/guideMemory';
import { createAppStore } from './store';
import './styles.css';

const store = createAppStore();
const { params, problems } = parseUrl(window.location.search, window.location.hash);
// An embedded figure shows what its page asked for: it neither reads nor writes the saved settings
// (three frames on one course page would overwrite each other's).
const persistence = params.embed ? null : createPersistence();
if (persistence) await persistence.restore(store);
const shell = applyUrlParams(store, params, problems, { deferSteps: true });
persistence?.watch(store);

const root = document.getElementById('root');
// Inside a frame with embed=1 the app talks to the page around it (DESIGN §3).
if (shell.embed && window.parent !== window) {
  startEmbedBridge(
    store,
    {
      parent: window.parent,
      addEventListener: (t, fn) => window.addEventListener(t, fn),
      removeEventListener: (t, fn) => window.removeEventListener(t, fn),
      root: root ?? undefined,
    },
    shell.origin,
  );
}
const resetDefaults = persistence
  ? () => {
      persistence.clear();
      resetToDefaults(store);
    }
  : undefined;
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} embed={shell.embed} onResetDefaults={resetDefaults} guide={shell.embed ? undefined : guideMemory()} />
    </StrictMode>,
  );
}
if (shell.steps > 0) {
  // After the first paint (rAF, then the task after it), so the plot shows before any step is taken;
  // the timeout starts them too where frames are not drawn (a hidden tab, an offscreen frame).
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(() => takeStepsInSlices(store, shell.steps), 0);
  };
  requestAnimationFrame(start);
  setTimeout(start, 250);
}
