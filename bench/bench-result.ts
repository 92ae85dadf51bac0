/**
 * One figure a benchmark prints. Targets are ratios against a baseline measured in the same run
 * (these machines are noisy), or absolute budgets where no baseline makes sense (bytes shipped, CPU while idle).
 */
export interface BenchFigure {
  name: string;
  /** What we measured, e.g. the app's median. */
  value: number;
  unit: string;
  /** The same measurement of the baseline in the same run, when the target is a ratio. */
  baseline?: number;
  /** e.g. "<= 1.3x baseline" or "<= 500 KB". */
  target: string;
  met: boolean;
  detail?: string;
}

export type Benchmark = () => Promise<BenchFigure[]>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure whose target is a ratio: the median of the measured runs against the median of the baseline's. */
export function ratioFigure(figure: {
  name: string;
  unit: string;
  values: number[];
  baselines: number[];
  /** Met when the median is at most this many times the baseline's. */
  ratio: number;
  target: string;
  detail?: string;
}): BenchFigure {
  const value = median(figure.values);
  const baseline = median(figure.baselines);
  const { name, unit, target, detail } = figure;
  return { name, value, unit, baseline, target, met: value <= figure.ratio * baseline, ...(detail ? { detail } : {}) };
}
