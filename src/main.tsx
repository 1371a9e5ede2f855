/** Entry point: make the store, apply the URL, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseUrl } from './share/url';
import { applyUrlParams } from './share/apply';
import { createAppStore } from './store';
import './styles.css';

const store = createAppStore();
const { params, notices } = parseUrl(window.location.search, window.location.hash);
const shell = applyUrlParams(store, params, notices);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} embed={shell.embed} />
    </StrictMode>,
  );
}
