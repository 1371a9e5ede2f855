/**
 * The composition root: the only place where the store, the views, the controls
 * and the URL meet. Lays out the page and starts the play loop and shortcuts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { DEFAULT_PRESET_ID, startPlayLoop, StoreContext, useApp, type AppStore, type CsvCodec, type ViewName } from './store';
import { ErrorBoundary } from './ui/panels/ErrorBoundary';
import { LoadProgress } from './ui/panels/LoadProgress';
import { formatCsv, MAX_CSV_BYTES, parseCsv } from './share/csv';
import { embedCode, shareLink } from './share/link';
import { Controls } from './ui/controls/Controls';
import { DataEditor } from './ui/data/DataEditor';
import { HelpDialog } from './ui/keyboard/HelpDialog';
import { MathPanel } from './ui/math/MathPanel';
import { Notices } from './ui/panels/Notices';
import { PresetPicker } from './ui/controls/PresetPicker';
import { ThemePicker } from './ui/controls/ThemePicker';
import { Caption } from './ui/panels/Caption';
import { RecordsTable } from './ui/panels/RecordsTable';
import { RunStatus } from './ui/panels/RunStatus';
import { ShareButtons, type ShareMakers } from './ui/controls/ShareButtons';
import { StepThrough } from './ui/panels/StepThrough';
import { useKeyboard } from './ui/keyboard/useKeyboard';
import { ViewPicker } from './ui/controls/ViewPicker';
import { WeightMatrix } from './ui/panels/WeightMatrix';
import { WeightsTable } from './ui/panels/WeightsTable';
import { ContourPlot } from './viz/contour/ContourPlot';
import { BowlPlot } from './viz/bowl3d/BowlPlot';
import { CurvePlot } from './viz/curve/CurvePlot';
import { ErrorChart } from './viz/chart/ErrorChart';

/** What each view is called in a failure message. */
const VIEW_WHAT: Record<ViewName, string> = { curve: 'the curve E(w)', contour: 'the contour map', surface: 'the 3-D bowl' };

/** The CSV codec handed to the data editor (ui does not import share). */
const CSV: CsvCodec = { parse: parseCsv, format: formatCsv, maxBytes: MAX_CSV_BYTES };

/** The page's own address without query or fragment: a link's state is all in its fragment. */
function baseUrl(): string {
  return `${window.location.origin === 'null' ? window.location.protocol + '//' : window.location.origin}${window.location.pathname}`;
}

interface AppProps {
  store: AppStore;
  /** Hide the page chrome (embed=1). */
  embed?: boolean;
  /** Forgets saved settings and data and starts over (absent where nothing is saved). */
  onResetDefaults?: () => void;
}

/** The whole app. */
export function App({ store, embed = false, onResetDefaults }: AppProps) {
  const theme = useApp(store, (s) => s.theme);
  const view = useApp(store, (s) => s.view);
  const problem = useApp(store, (s) => s.problem);
  const rootRef = useRef<HTMLDivElement>(null);
  // A layout effect, so plots reading the root font size in their effects see the new theme.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggleFullscreen = useCallback(() => {
    try {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void rootRef.current?.requestFullscreen?.();
    } catch {
      // Fullscreen is refused in some frames; the page works the same without it.
    }
  }, []);
  const share = useMemo<ShareMakers>(
    () => ({ link: () => shareLink(store.getState(), baseUrl()), embed: () => embedCode(store.getState(), baseUrl()) }),
    [store],
  );
  useEffect(() => startPlayLoop(store), [store]);
  // A new view or problem tries a failed plot again.
  const plotKey = useMemo(() => ({ view, problem }), [view, problem]);
  // The way back from a plot that failed: the curve, which every problem can show, or the first problem.
  const recoverPlot = useMemo(
    () =>
      view === 'curve'
        ? { label: 'Back to the first problem', run: () => store.getState().loadPreset(DEFAULT_PRESET_ID) }
        : { label: 'Show the curve', run: () => store.getState().setView('curve') },
    [store, view],
  );
  useKeyboard(store, toggleFullscreen);

  return (
    <StoreContext.Provider value={store}>
      <div className={`app${embed ? ' embed' : ''}`} ref={rootRef}>
        {!embed && (
          <header className="top">
            <h1>
              Error Bowl <span className="subtitle">gradient descent on E(w), one step at a time</span>
            </h1>
            <div className="top-settings">
              <PresetPicker />
              <ThemePicker />
              <ShareButtons makers={share} />
              {onResetDefaults && (
                <button type="button" onClick={onResetDefaults} title="Forget the saved data and settings and start from the defaults">
                  Reset to defaults
                </button>
              )}
              <button type="button" onClick={() => store.getState().setHelpOpen(true)} aria-keyshortcuts="?">
                Shortcuts
              </button>
              <button type="button" onClick={toggleFullscreen} aria-keyshortcuts="f">
                Fullscreen
              </button>
            </div>
          </header>
        )}
        <Notices />
        <LoadProgress />
        {!embed && <Caption />}
        <main className="layout">
          <div className="stage">
            {/* Controls first: on a phone or a 720p projector they stay on the first screen. */}
            <Controls compact={embed} />
            {!embed && <StepThrough />}
            <ViewPicker />
            <ErrorBoundary what={VIEW_WHAT[view]} resetKey={plotKey} recover={recoverPlot}>
              {view === 'contour' ? <ContourPlot /> : view === 'surface' ? <BowlPlot /> : <CurvePlot />}
            </ErrorBoundary>
          </div>
          <aside className="side">
            <ErrorBoundary what="the run’s status" resetKey={problem}>
              <RunStatus />
            </ErrorBoundary>
            {/* A figure in a course page keeps the plot, the buttons, η and the run's status. */}
            {!embed && (
              <ErrorBoundary what="the chart of E by step" resetKey={problem}>
                <ErrorChart />
              </ErrorBoundary>
            )}
            {!embed && (
              <ErrorBoundary what="the weights table" resetKey={problem}>
                <WeightsTable />
              </ErrorBoundary>
            )}
          </aside>
          {!embed && (
            <div className="below">
              {/* Below both columns: on a phone the run's status and E chart stay next to the plot. */}
              <ErrorBoundary what="the weight matrix" resetKey={problem}>
                <WeightMatrix />
              </ErrorBoundary>
              <ErrorBoundary what="the math panel" resetKey={problem}>
                <MathPanel />
              </ErrorBoundary>
              <ErrorBoundary what="the records table" resetKey={problem}>
                <RecordsTable />
              </ErrorBoundary>
              <ErrorBoundary what="the data editor" resetKey={problem}>
                <DataEditor csv={CSV} />
              </ErrorBoundary>
            </div>
          )}
        </main>
        <HelpDialog />
      </div>
    </StoreContext.Provider>
  );
}
