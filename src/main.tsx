/** Entry point: make the store, apply the URL, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseUrl } from './share/url';
import { applyUrlParams } from './share/apply';
import { startEmbedBridge } from './share/embed';
import { createAppStore } from './store';
import './styles.css';

const store = createAppStore();
const { params, notices } = parseUrl(window.location.search, window.location.hash);
const shell = applyUrlParams(store, params, notices);

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
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} embed={shell.embed} />
    </StrictMode>,
  );
}
