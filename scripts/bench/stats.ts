// Summaries of repeated measurements: median and 99th percentile, and how the benchmark table prints them.

/** Median and p99 of a set of samples. */
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p99: number;
}

/** The value at quantile `q` (0..1) of sorted samples, nearest-rank (NaN for none). Pure. */
export function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

/** Median and p99 of `samples`. Pure. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
}

/** Milliseconds elapsed since a process.hrtime.bigint() reading. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** One row of the benchmark table. */
export interface Row {
  readonly figure: string;
  readonly ours: string;
  readonly floor: string;
  readonly target: string;
  /** PASS, MISS, or '' for a figure with no target. */
  readonly verdict: 'PASS' | 'MISS' | '';
}

/** A number with a unit, to `digits` decimals. Pure. */
export function fmt(value: number, unit: string, digits = 2): string {
  return `${value.toFixed(digits)}${unit}`;
}

/** "median / p99" of a summary. Pure. */
export function medianP99(summary: Summary, unit: string, digits = 2): string {
  return `${fmt(summary.median, unit, digits)} / ${fmt(summary.p99, unit, digits)}`;
}

/** The rows as an aligned text table. Pure. */
export function table(rows: readonly Row[]): string {
  const header = { figure: 'figure', ours: 'skill (median / p99)', floor: 'floor (median / p99)', target: 'target', verdict: 'result' };
  const cells = [header, ...rows].map((r) => [r.figure, r.ours, r.floor, r.target, r.verdict]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}
