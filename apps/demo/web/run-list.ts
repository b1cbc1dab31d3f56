import type { Series } from '../src/report/svg-chart';
import { validationFindings } from '../src/report/validation-findings';
import type { EpochRecord } from '../src/runtimes/runtime';

export type RunStatus = 'running' | 'done' | 'stopped' | 'error';

/** One training run of the page, kept after the next one starts. */
export interface RunRecord {
  /** 1-based, in start order; the charts' legend calls it "run <id>". */
  readonly id: number;
  readonly schedule: string;
  readonly runtime: string;
  readonly description: string;
  readonly baseLr: number;
  readonly plannedEpochs: number;
  readonly stepsPerEpoch: number;
  /** Filled while the run trains (the same arrays the trainer appends to). */
  readonly stepLr: number[];
  readonly stepLoss: number[];
  readonly epochs: EpochRecord[];
  status: RunStatus;
  /** Whether its curves are drawn beside the current run's. */
  shown: boolean;
  readonly color: string;
}

export type NewRun = Omit<RunRecord, 'id' | 'status' | 'shown' | 'color'>;

// Colours none of the current run's series use (blue lr, green train, red val, greys, and the
// oranges of onnxruntime-web).
const RUN_COLORS = ['#7c3aed', '#db2777', '#0891b2', '#65a30d', '#4f46e5', '#92400e', '#0f766e'];

const format = {
  loss: (v: number | undefined) => (v === undefined ? '—' : v.toFixed(4)),
  percent: (v: number | undefined) => (v === undefined ? '—' : `${(v * 100).toFixed(1)}%`),
};

/** The one-line numbers of a run, as its list item shows them. */
export function runNumbers(run: RunRecord): string {
  const last = run.epochs.at(-1);
  return `${run.epochs.length}/${run.plannedEpochs} epochs · lr ${run.baseLr} · val loss ${format.loss(last?.valLoss)} · val acc ${format.percent(last?.valAccuracy)}`;
}

function itemOf(run: RunRecord, onToggle: () => void): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.runId = String(run.id);
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => {
    run.shown = box.checked;
    onToggle();
  });
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = run.color;
  const name = document.createElement('span');
  name.className = 'run-name';
  label.append(box, swatch, name);
  const numbers = document.createElement('span');
  numbers.className = 'run-numbers';
  const details = document.createElement('details');
  details.append(Object.assign(document.createElement('summary'), { textContent: 'validation' }));
  details.append(document.createElement('p'));
  item.append(label, numbers, details);
  return item;
}

function fillItem(item: HTMLLIElement, run: RunRecord): void {
  const box = item.querySelector('input') as HTMLInputElement;
  box.checked = run.shown;
  box.setAttribute('aria-label', `show run ${run.id} on the charts`);
  (item.querySelector('.run-name') as HTMLElement).textContent =
    `run ${run.id} · ${run.schedule} (${run.runtime})${run.status === 'done' ? '' : ` · ${run.status}`}`;
  (item.querySelector('.run-numbers') as HTMLElement).textContent = runNumbers(run);
  (item.querySelector('details p') as HTMLElement).textContent = validationFindings(
    run.epochs,
  ).join(' ');
  item.title = run.description;
}

/**
 * The page's runs, newest first in the list: each keeps its curves, which the charts draw beside
 * the current run's while its box is ticked.
 */
export function createRunList(list: HTMLOListElement, onChange: () => void) {
  const runs: RunRecord[] = [];
  const items = new Map<number, HTMLLIElement>();

  function refresh(): void {
    for (const run of runs) {
      let item = items.get(run.id);
      if (!item) {
        item = itemOf(run, onChange);
        items.set(run.id, item);
        list.prepend(item);
      }
      fillItem(item, run);
    }
  }

  function add(run: NewRun): RunRecord {
    const record: RunRecord = {
      ...run,
      id: runs.length + 1,
      status: 'running',
      shown: true,
      color: RUN_COLORS[runs.length % RUN_COLORS.length] as string,
    };
    runs.push(record);
    refresh();
    return record;
  }

  /** Runs other than the one whose arrays the page is drawing as current, and ticked. */
  const others = (currentStepLr: readonly number[]) =>
    runs.filter((r) => r.shown && r.stepLr !== currentStepLr);

  /** Earlier runs' lr per update, for the lr chart. */
  function lrSeries(currentStepLr: readonly number[]): Series[] {
    return others(currentStepLr).map((r) => ({
      name: `run ${r.id}`,
      ys: r.stepLr,
      color: r.color,
    }));
  }

  /** Earlier runs' validation loss per epoch, placed at the update that ended the epoch. */
  function valSeries(currentStepLr: readonly number[]): Series[] {
    return others(currentStepLr).map((r) => ({
      name: `run ${r.id} val`,
      xs: r.epochs.map((e) => e.epoch * r.stepsPerEpoch),
      ys: r.epochs.map((e) => e.valLoss),
      color: r.color,
      dashed: true,
    }));
  }

  return { runs, add, refresh, lrSeries, valSeries };
}
