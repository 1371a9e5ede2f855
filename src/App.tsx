/**
 * The composition root: the only place where the store, the views, the controls
 * and the URL meet. Lays out the page and starts the play loop and shortcuts.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_PRESET_ID, runMoving, startPlayLoop, StoreContext, useApp, type AppStore, type CsvCodec, type ViewName } from './store';
import { ErrorBoundary } from './ui/panels/ErrorBoundary';
import { LoadProgress } from './ui/panels/LoadProgress';
import { SceneBar } from './ui/panels/SceneBar';
import { ChallengeBar } from './ui/panels/ChallengeBar';
import { formatCsv, MAX_CSV_BYTES, parseCsv } from './share/csv';
import { parseRunJson } from './share/runJson';
import { embedCode, shareLink } from './share/link';
import { challengeLink } from './share/challengeLink';
import { Toolbar } from './ui/controls/Toolbar';
import { Settings } from './ui/controls/Settings';
import { RaceControls } from './ui/controls/RaceControls';
import { PageMenu } from './ui/controls/PageMenu';
import { ExportMenu } from './ui/controls/ExportMenu';
import { SoundControls, useSoundSettings } from './ui/controls/SoundControls';
import { createSoundController } from './soundController';
import { createExportMakers } from './figureExport';
import { DataEditor } from './ui/data/DataEditor';
import { HelpDialog } from './ui/keyboard/HelpDialog';
import { MathPanel } from './ui/math/MathPanel';
import { Notices } from './ui/panels/Notices';
import { PresetPicker } from './ui/controls/PresetPicker';
import { Caption } from './ui/panels/Caption';
import { RecordsTable } from './ui/panels/RecordsTable';
import { RunStatus } from './ui/panels/RunStatus';
import { RunAnnouncer } from './ui/panels/RunAnnouncer';
import { KeyNumbers } from './ui/panels/KeyNumbers';
import { FirstGuide } from './ui/panels/FirstGuide';
import { useSkipOffscreen } from './ui/panels/useSkipOffscreen';
import type { ShareMakers } from './ui/controls/ShareButtons';
import { StepThrough } from './ui/panels/StepThrough';
import { useKeyboard } from './ui/keyboard/useKeyboard';
import { ViewPicker } from './ui/controls/ViewPicker';
import { WeightMatrix } from './ui/panels/WeightMatrix';
import { WeightsTable } from './ui/panels/WeightsTable';
import { ContourPlot } from './viz/contour/ContourPlot';
import { BowlPlot } from './viz/bowl3d/BowlPlot';
import { CurvePlot } from './viz/curve/CurvePlot';
import { ErrorChart } from './viz/chart/ErrorChart';
import { HistoryTable } from './viz/chart/HistoryTable';
import { MarkKey } from './viz/shared/MarkKey';
import { RaceLegend } from './viz/shared/RaceLegend';
import { RaceKey } from './viz/shared/RaceKey';
import { touchFirst } from './viz/shared/touchFirst';

// Loaded when first shown, not for the first paint: the sweep (below the first screen) and the data view.
const SweepPanel = lazy(() => import('./viz/sweep/SweepPanel').then((m) => ({ default: m.SweepPanel })));
const DataPlot = lazy(() => import('./viz/data/DataPlot').then((m) => ({ default: m.DataPlot })));

/** What each view is called in a failure message. */
const VIEW_WHAT: Record<ViewName, string> = { curve: 'the curve E(w)', contour: 'the contour map', surface: 'the 3-D bowl', data: 'the data and the model' };

/** The CSV codec handed to the data editor (ui does not import share). */
const CSV: CsvCodec = { parse: parseCsv, format: formatCsv, parseRun: parseRunJson, maxBytes: MAX_CSV_BYTES };

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
  /** The first-visit guide's memory (absent: no guide, as in tests of other things). */
  guide?: { seen(): boolean; markSeen(): void };
}

/** The whole app. */
export function App({ store, embed = false, onResetDefaults, guide }: AppProps) {
  const theme = useApp(store, (s) => s.theme);
  const view = useApp(store, (s) => s.view);
  const problem = useApp(store, (s) => s.problem);
  const stepThrough = useApp(store, (s) => s.stepThrough);
  // Lecture mode: the projector theme on a page (not in an embed) shows the figure and the key numbers only.
  const lecture = theme === 'projector' && !embed;
  const [blank, setBlank] = useState(false);
  const toggleBlank = useCallback(() => setBlank((b) => !b), []);
  const heroRef = useRef<HTMLDivElement>(null);
  const belowRef = useRef<HTMLDivElement>(null);
  // While a run plays, the panels below the first screen are not rendered when far off screen (frame cost).
  const moving = useApp(store, runMoving);
  useSkipOffscreen(belowRef, moving);
  // The first-visit guide: read once; dismissed, it is gone for good.
  const [guiding, setGuiding] = useState(() => (guide ? !guide.seen() : false));
  const dismissGuide = useCallback(() => {
    setGuiding(false);
    guide?.markSeen();
  }, [guide]);
  // A layout effect, so plots reading the root font size in their effects see the new theme.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggleFullscreen = useCallback(() => {
    try {
      // Fullscreen shows the figure (the first screen: bars and plot), not the whole page.
      if (document.fullscreenElement) void document.exitFullscreen();
      else void heroRef.current?.requestFullscreen?.();
    } catch {
      // Fullscreen is refused in some frames; the page works the same without it.
    }
  }, []);
  const share = useMemo<ShareMakers>(
    () => ({
      link: () => shareLink(store.getState(), baseUrl()),
      embed: () => embedCode(store.getState(), baseUrl()),
      challenge: () => challengeLink(store.getState(), baseUrl()),
    }),
    [store],
  );
  const slotRef = useRef<HTMLDivElement>(null);
  const exporter = useMemo(() => createExportMakers(store, () => slotRef.current), [store]);
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
  const soundController = useMemo(() => createSoundController(store, () => slotRef.current), [store]);
  const sound = useSoundSettings(soundController);
  const soundKeys = useMemo(() => ({ toggleTrace: sound.toggleTrace, toggleStepTones: sound.toggleStepTones }), [sound.toggleTrace, sound.toggleStepTones]);
  useKeyboard(store, toggleFullscreen, toggleBlank, soundKeys);

  const openHelp = useCallback(() => store.getState().setHelpOpen(true), [store]);

  return (
    <StoreContext.Provider value={store}>
      <div className={`app${embed ? ' embed' : ''}${lecture ? ' lecture' : ''}${lecture && stepThrough ? ' stepping' : ''}`}>
        {/* The first screen: the title bar, the toolbar and the plot, sized to fit the window (the figure first). */}
        <div className="hero" ref={heroRef}>
          {!embed && !lecture && (
            <header className="top">
              <h1>
                Error Bowl <span className="subtitle">gradient descent, one step at a time</span>
              </h1>
              <PresetPicker />
              <ViewPicker />
              <ExportMenu makers={exporter} />
              <PageMenu share={share} onResetDefaults={onResetDefaults} onShortcuts={openHelp} onFullscreen={toggleFullscreen} />
            </header>
          )}
          <Notices />
          <RunAnnouncer />
          <LoadProgress />
          {/* A lecture's scenes (scenes= / lecture=): Scene k of n and its caption, above the plot. */}
          <SceneBar />
          {/* A link's challenge (goal=, within=): the goal, the steps counted, met or missed, Try again. */}
          <ChallengeBar />
          <main className="workbench">
            <div className="stage">
              <Toolbar compact={embed}>
                {lecture && <KeyNumbers />}
                {lecture && (
                  <PageMenu share={share} onResetDefaults={onResetDefaults} onShortcuts={openHelp} onFullscreen={toggleFullscreen}>
                    <PresetPicker />
                    <ViewPicker />
                  </PageMenu>
                )}
              </Toolbar>
              {embed && <ViewPicker />}
              <div className="plot-slot" ref={slotRef}>
                <ErrorBoundary what={VIEW_WHAT[view]} resetKey={plotKey} recover={recoverPlot}>
                  {view === 'contour' ? (
                    <ContourPlot />
                  ) : view === 'surface' ? (
                    <BowlPlot />
                  ) : view === 'data' ? (
                    // The data beside the weights' view: each point of the bowl is a model, drawn over the data.
                    <div className="plot plot-pair">
                      {problem.k * problem.d >= 2 ? <ContourPlot /> : <CurvePlot />}
                      <Suspense fallback={<div className="plot data-plot" aria-busy="true" />}>
                        <DataPlot />
                      </Suspense>
                    </div>
                  ) : (
                    <CurvePlot />
                  )}
                </ErrorBoundary>
                <MarkKey />
                <RaceKey />
              </div>
            </div>
            <aside className="side" aria-label="The run">
              {guiding && !embed && !lecture && <FirstGuide onDismiss={dismissGuide} touch={touchFirst()} />}
              {!embed && <StepThrough />}
              {!embed && <Caption />}
              <ErrorBoundary what="the run’s status" resetKey={problem}>
                <RunStatus />
              </ErrorBoundary>
              <ErrorBoundary what="the race's legend" resetKey={problem}>
                <RaceLegend />
              </ErrorBoundary>
              {/* A figure in a course page keeps the plot, the buttons, η and the run's status. */}
              {!embed && (
                <ErrorBoundary what="the chart of E by step" resetKey={problem}>
                  <ErrorChart />
                  <HistoryTable />
                </ErrorBoundary>
              )}
              {!embed && (
                <ErrorBoundary what="the weights table" resetKey={problem}>
                  <WeightsTable />
                </ErrorBoundary>
              )}
              {!embed && <Settings />}
              {!embed && <RaceControls />}
              {!embed && <SoundControls settings={sound} available={soundController.available} />}
            </aside>
          </main>
        </div>
        {!embed && (
          <div className="below" ref={belowRef}>
            <ErrorBoundary what="the sweep" resetKey={problem}>
              <Suspense fallback={null}>
                <SweepPanel />
              </Suspense>
            </ErrorBoundary>
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
        <HelpDialog />
        {blank && (
          // A lecturer's pause: the screen goes dark until b or a click brings the figure back.
          <div className="blank-screen" role="button" tabIndex={-1} aria-label="Blank screen: press b or click to show the figure" onClick={toggleBlank} />
        )}
      </div>
    </StoreContext.Provider>
  );
}
