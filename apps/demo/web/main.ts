import * as tf from '@tensorflow/tfjs';
import { type Dataset, spiralTask } from '../src/data/spirals';
import { rangeTestSvg } from '../src/report/lr-find-report';
import { lineChartSvg } from '../src/report/svg-chart';
import type { EpochRecord } from '../src/runtimes/runtime';
import { tfjsRangeTest } from '../src/runtimes/tfjs-range-test';
import { trainTfjs } from '../src/runtimes/tfjs-runtime';
import { assertTrainable } from '../src/schedules/imported-schedule';
import { isPresetName, PRESET_NAMES, preset } from '../src/schedules/presets';
import { parseScheduleText, resolveSchedule } from '../src/schedules/resolve-schedule';
import type { Interval, ScheduleChoice, TrainingPlan } from '../src/schedules/schedule-choice';
import { scheduleCurve } from '../src/schedules/schedule-curve';
import { type OnnxWebState, onnxWebState, resetOnnxWeb, trainOnnxWeb } from './onnx-web';
import { createRunList, type RunRecord } from './run-list';

const BATCH_SIZE = 64;
const HIDDEN = 32;
const EXTENT = 1.45;

/** What the page exposes for tests and the curious (window.__lrkitDemo). */
interface DemoState {
  status: 'idle' | 'running' | 'done' | 'stopped' | 'error';
  choice: { name: string; interval: Interval; spec: unknown; description: string } | null;
  baseLr: number;
  stepsPerEpoch: number;
  /** The lr every update used, as tfjs logged it through LrSchedulerCallback. */
  stepLr: number[];
  stepLoss: number[];
  /** The core's preview of the schedule (null for metric-driven schedules). */
  expectedLr: number[] | null;
  epochs: EpochRecord[];
  renders: number;
  /** The last LR range test (the "LR finder" button). */
  lrFind: { lrs: number[]; smoothed: number[]; suggestions: unknown; lr: number | null } | null;
  /** Every run started on the page, oldest first (the current one last). */
  runs: RunRecord[];
  /** The same run on onnxruntime-web (wasm), when its box is ticked. */
  onnx: OnnxWebState;
}

const state: DemoState = {
  status: 'idle',
  choice: null,
  baseLr: 0,
  stepsPerEpoch: 0,
  stepLr: [],
  stepLoss: [],
  expectedLr: null,
  epochs: [],
  renders: 0,
  lrFind: null,
  runs: [],
  onnx: onnxWebState,
};
(window as unknown as { __lrkitDemo: DemoState }).__lrkitDemo = state;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  form: $<HTMLFormElement>('controls'),
  preset: $<HTMLSelectElement>('preset'),
  spec: $<HTMLTextAreaElement>('spec'),
  interval: $<HTMLSelectElement>('interval'),
  onnxWeb: $<HTMLInputElement>('onnx-web'),
  epochs: $<HTMLInputElement>('epochs'),
  lr: $<HTMLInputElement>('lr'),
  seed: $<HTMLInputElement>('seed'),
  start: $<HTMLButtonElement>('start'),
  stop: $<HTMLButtonElement>('stop'),
  findLr: $<HTMLButtonElement>('find-lr'),
  lrFindChart: $<HTMLDivElement>('lr-find-chart'),
  error: $<HTMLParagraphElement>('error'),
  status: $<HTMLElement>('status'),
  lrChart: $<HTMLDivElement>('lr-chart'),
  lossChart: $<HTMLDivElement>('loss-chart'),
  boundary: $<HTMLCanvasElement>('boundary'),
  runs: $<HTMLOListElement>('runs'),
};

const runList = createRunList(els.runs, () => scheduleRender());
state.runs = runList.runs;

for (const name of [...PRESET_NAMES, 'custom']) {
  els.preset.append(new Option(name, name, name === 'warmup-cosine', name === 'warmup-cosine'));
}

function trainingPlan(task: { train: Dataset }): TrainingPlan {
  return {
    epochs: Math.max(1, Math.floor(Number(els.epochs.value) || 1)),
    stepsPerEpoch: Math.floor(task.train.count / BATCH_SIZE),
    baseLr: Number(els.lr.value) || 0.05,
  };
}

const taskOf = () => spiralTask(Math.floor(Number(els.seed.value) || 0));

/** Shows a preset's spec in the editor, so what runs is always visible and editable. */
function showPreset(): void {
  const name = els.preset.value;
  if (!isPresetName(name)) return;
  const choice = preset(name, trainingPlan(taskOf()));
  els.spec.value = choice.spec ? JSON.stringify(choice.spec, null, 2) : 'constant';
  els.interval.value = choice.interval;
  previewChoice();
}

/** Before training: the core's preview of the chosen schedule, so the lr chart is never empty. */
function previewChoice(): void {
  if (state.status === 'running') return;
  const plan = trainingPlan(taskOf());
  try {
    const choice = currentChoice(plan);
    Object.assign(state, {
      expectedLr: expectedCurve(choice, plan),
      stepLr: [],
      stepLoss: [],
      epochs: [],
    });
    state.stepsPerEpoch = plan.stepsPerEpoch;
    els.error.textContent = '';
  } catch (error) {
    state.expectedLr = null;
    els.error.textContent = (error as Error).message;
  }
  scheduleRender();
}

function currentChoice(plan: TrainingPlan): ScheduleChoice {
  const name = els.preset.value;
  if (isPresetName(name)) return preset(name, plan);
  const source = parseScheduleText(els.spec.value);
  const choice = resolveSchedule(source, plan, els.interval.value as Interval);
  assertTrainable(choice);
  return choice;
}

/** The lr the core says each update should use: per-step curves as they are, per-epoch ones held. */
function expectedCurve(choice: ScheduleChoice, plan: TrainingPlan): number[] | null {
  if (choice.monitor) return null;
  const total = plan.epochs * plan.stepsPerEpoch;
  if (choice.interval === 'step')
    return scheduleCurve(choice, { steps: total, baseLr: plan.baseLr });
  const perEpoch = scheduleCurve(choice, { steps: plan.epochs, baseLr: plan.baseLr });
  return Array.from({ length: total }, (_, k) => perEpoch[Math.floor(k / plan.stepsPerEpoch)] ?? 0);
}

let frame = 0;
function scheduleRender(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    renderCharts();
  });
}

function renderCharts(): void {
  const lrSeries = [];
  if (state.expectedLr) {
    lrSeries.push({ name: 'core preview', ys: state.expectedLr, color: '#9ca3af', dashed: true });
  }
  lrSeries.push({ name: 'lr used by tfjs', ys: state.stepLr, color: '#2563eb' });
  if (onnxWebState.stepLr.length > 0) {
    lrSeries.push({ name: 'lr fed to onnxruntime-web', ys: onnxWebState.stepLr, color: '#ea580c' });
  }
  lrSeries.push(...runList.lrSeries(state.stepLr));
  els.lrChart.innerHTML = lineChartSvg(lrSeries, {
    // A metric-driven schedule has no curve before training: it depends on val_loss.
    title: state.expectedLr
      ? 'learning rate per update'
      : 'learning rate per update (follows val_loss)',
    xLabel: 'update (batch)',
    yLabel: 'lr',
    width: 466,
    height: 300,
  });
  const spe = state.stepsPerEpoch;
  els.lossChart.innerHTML = lineChartSvg(
    [
      { name: 'batch loss', ys: state.stepLoss, color: '#cbd5e1' },
      ...(onnxWebState.stepLoss.length > 0
        ? [{ name: 'batch loss, onnxruntime-web', ys: onnxWebState.stepLoss, color: '#fdba74' }]
        : []),
      {
        name: 'train loss',
        xs: state.epochs.map((e) => e.epoch * spe),
        ys: state.epochs.map((e) => e.trainLoss),
        color: '#059669',
      },
      {
        name: 'val loss',
        xs: state.epochs.map((e) => e.epoch * spe),
        ys: state.epochs.map((e) => e.valLoss),
        color: '#dc2626',
      },
      ...runList.valSeries(state.stepLr),
    ],
    {
      title: 'loss',
      xLabel: 'update (batch)',
      yLabel: 'cross-entropy (log)',
      logY: true,
      width: 466,
      height: 300,
    },
  );
  state.renders += 1;
}

function drawBoundary(data: Dataset, probabilities?: (points: Float32Array) => Float32Array): void {
  const canvas = els.boundary;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const size = canvas.width;
  const toPixel = (v: number) => ((v + EXTENT) / (2 * EXTENT)) * size;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  if (probabilities) {
    // One pixel per cell, scaled up smoothly: soft class regions without seams between cells.
    const cells = 64;
    const points = new Float32Array(cells * cells * 2);
    for (let r = 0; r < cells; r++) {
      for (let c = 0; c < cells; c++) {
        points[2 * (r * cells + c)] = -EXTENT + ((c + 0.5) / cells) * 2 * EXTENT;
        points[2 * (r * cells + c) + 1] = EXTENT - ((r + 0.5) / cells) * 2 * EXTENT;
      }
    }
    const p = probabilities(points);
    const image = new ImageData(cells, cells);
    for (let i = 0; i < cells * cells; i++) {
      const q = p[i] as number;
      image.data.set([37 + (220 - 37) * q, 99 - 61 * q, 235 - 197 * q, 110], 4 * i);
    }
    const tile = document.createElement('canvas');
    tile.width = cells;
    tile.height = cells;
    (tile.getContext('2d') as CanvasRenderingContext2D).putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(tile, 0, 0, size, size);
  }
  for (let i = 0; i < data.count; i++) {
    ctx.fillStyle = data.y[i] ? '#dc2626' : '#2563eb';
    ctx.beginPath();
    ctx.arc(
      toPixel(data.x[2 * i] as number),
      size - toPixel(data.x[2 * i + 1] as number),
      2,
      0,
      2 * Math.PI,
    );
    ctx.fill();
  }
}

function setRunning(running: boolean): void {
  for (const el of [
    els.preset,
    els.spec,
    els.interval,
    els.onnxWeb,
    els.epochs,
    els.lr,
    els.seed,
    els.start,
    els.findLr,
  ]) {
    el.disabled = running;
  }
  els.stop.disabled = !running;
}

let stopRequested = false;

async function start(): Promise<void> {
  els.error.textContent = '';
  const task = taskOf();
  const plan = trainingPlan(task);
  let choice: ScheduleChoice;
  try {
    choice = currentChoice(plan);
  } catch (error) {
    els.error.textContent = (error as Error).message;
    return;
  }
  Object.assign(state, {
    status: 'running',
    choice: {
      name: choice.name,
      interval: choice.interval,
      spec: choice.spec,
      description: choice.description,
    },
    baseLr: plan.baseLr,
    stepsPerEpoch: plan.stepsPerEpoch,
    stepLr: [],
    stepLoss: [],
    expectedLr: expectedCurve(choice, plan),
    epochs: [],
  });
  const run = runList.add({
    schedule: choice.name,
    runtime: 'tfjs',
    description: choice.description,
    baseLr: plan.baseLr,
    plannedEpochs: plan.epochs,
    stepsPerEpoch: plan.stepsPerEpoch,
    stepLr: state.stepLr,
    stepLoss: state.stepLoss,
    epochs: state.epochs,
  });
  stopRequested = false;
  setRunning(true);
  renderCharts();
  drawBoundary(task.train);
  resetOnnxWeb();
  // The same model, data, batches and schedule on onnxruntime-web, side by side with tfjs.
  const onnxRun = els.onnxWeb.checked
    ? trainOnnxWeb(
        {
          ...task,
          layerSizes: [2, HIDDEN, HIDDEN, 2],
          epochs: plan.epochs,
          batchSize: BATCH_SIZE,
          baseLr: plan.baseLr,
          seed: Math.floor(Number(els.seed.value) || 0),
          schedule: choice,
          shouldStop: () => stopRequested,
        },
        scheduleRender,
      )
    : null;
  try {
    await trainTfjs(
      {
        ...task,
        layerSizes: [2, HIDDEN, HIDDEN, 2],
        epochs: plan.epochs,
        batchSize: BATCH_SIZE,
        baseLr: plan.baseLr,
        seed: Math.floor(Number(els.seed.value) || 0),
        schedule: choice,
        onStep: (_step, lr, loss) => {
          state.stepLr.push(lr);
          state.stepLoss.push(loss);
          scheduleRender();
        },
        onEpoch: (record) => {
          state.epochs.push(record);
          runList.refresh();
          els.status.textContent = `epoch ${record.epoch}/${plan.epochs} · lr ${record.lr.toExponential(3)} · train loss ${record.trainLoss.toFixed(4)} · val loss ${record.valLoss.toFixed(4)} · val accuracy ${(record.valAccuracy * 100).toFixed(1)}%`;
          scheduleRender();
        },
        shouldStop: () => stopRequested,
      },
      { onEpochModel: (probabilities) => drawBoundary(task.train, probabilities) },
    );
    await onnxRun;
    state.status = stopRequested ? 'stopped' : 'done';
    run.status = state.status;
    els.status.textContent = `${stopRequested ? 'Stopped' : 'Done'} · ${els.status.textContent}`;
  } catch (error) {
    state.status = 'error';
    run.status = 'error';
    els.error.textContent = (error as Error).message;
  } finally {
    runList.refresh();
    setRunning(false);
    renderCharts();
  }
}

/**
 * The "LR finder" button: a fastai-style range test with @lrkit/tfjs's findLr on the same model
 * and batches (the weights are restored after it), its curve charted with the suggestions, and
 * the valley suggestion put in as the base lr of a OneCycle run.
 */
async function findLrInPage(): Promise<void> {
  els.error.textContent = '';
  const task = taskOf();
  state.status = 'running';
  setRunning(true);
  try {
    const result = await tfjsRangeTest({
      train: task.train,
      layerSizes: [2, HIDDEN, HIDDEN, 2],
      batchSize: BATCH_SIZE,
      seed: Math.floor(Number(els.seed.value) || 0),
      numIt: 100,
      style: 'fastai',
      onBatch: (b) => {
        els.status.textContent = `LR range test · batch ${b.iteration} · lr ${b.lr.toExponential(2)} · smoothed loss ${b.smoothed.toFixed(4)}`;
      },
    });
    els.lrFindChart.innerHTML = rangeTestSvg(result);
    const lr = result.lr;
    state.lrFind = {
      lrs: result.lrs,
      smoothed: result.smoothed,
      suggestions: result.suggestions,
      lr,
    };
    state.status = 'done';
    if (lr === null) {
      els.status.textContent = 'LR range test: too few points for a suggestion';
      return;
    }
    els.lr.value = lr.toPrecision(3);
    els.preset.value = 'one-cycle';
    els.status.textContent = `LR range test: valley suggests ${lr.toPrecision(3)}; set as the base lr of OneCycle. Start training to use it.`;
  } catch (error) {
    state.status = 'error';
    els.error.textContent = (error as Error).message;
  } finally {
    setRunning(false);
    showPreset();
  }
}

els.preset.addEventListener('change', showPreset);
for (const input of [els.epochs, els.lr, els.seed]) input.addEventListener('change', showPreset);
els.spec.addEventListener('input', () => {
  els.preset.value = 'custom';
  previewChoice();
});
els.interval.addEventListener('change', () => {
  els.preset.value = 'custom';
  previewChoice();
});
els.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void start();
});
els.findLr.addEventListener('click', () => {
  void findLrInPage();
});
els.stop.addEventListener('click', () => {
  stopRequested = true;
});

// The cpu backend: deterministic, and faster than WebGL for tensors this small.
await tf.setBackend('cpu');
tf.enableProdMode();
showPreset();
drawBoundary(taskOf().train);
document.body.dataset.ready = 'true';
