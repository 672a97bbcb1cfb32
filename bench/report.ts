/** Statistics, goals and the one results table of `npm run bench` (pure, unit-tested). */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The smallest, middle and largest of some samples. */
export interface Spread {
  n: number;
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { n: 0, min: Number.NaN, median: Number.NaN, max: Number.NaN };
  return { n: values.length, min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/** "1.08 (min 0.91, max 1.32)" */
export function spreadText(values: Spread, format: (value: number) => string): string {
  if (values.n === 0) return 'no samples';
  return `${format(values.median)} (min ${format(values.min)}, max ${format(values.max)})`;
}

export interface Goal {
  comparison: '<=' | '<' | '>=';
  target: number;
}

export interface Verdict {
  /** "yes", or "no (…)" saying by how much the goal was missed. */
  met: string;
  missed: boolean;
}

/** Whether a value meets its goal, and if not by how much ("no: 12 ms over, +24%"). */
export function judge(value: number, goal: Goal, format: (value: number) => string): Verdict {
  if (!Number.isFinite(value)) return { met: 'not measured', missed: true };
  const ok = goal.comparison === '<=' ? value <= goal.target : goal.comparison === '<' ? value < goal.target : value >= goal.target;
  if (ok) return { met: 'yes', missed: false };
  const gap = Math.abs(value - goal.target);
  const percent = goal.target === 0 ? '' : `, ${Math.round((gap / Math.abs(goal.target)) * 100)}%`;
  return { met: `no: ${format(gap)} ${goal.comparison === '>=' ? 'short' : 'over'}${percent}`, missed: true };
}

export function goalText(goal: Goal, format: (value: number) => string): string {
  return `${goal.comparison === '<=' ? '≤' : goal.comparison === '>=' ? '≥' : '<'} ${format(goal.target)}`;
}

export interface Row {
  measure: string;
  value: string;
  goal: string;
  met: string;
  /** True when the row has a goal that was missed, or its measurement failed. */
  missed: boolean;
}

/** A row for a number with a goal. */
export function goalRow(measure: string, value: number, goal: Goal, format: (value: number) => string): Row {
  const verdict = judge(value, goal, format);
  return { measure, value: Number.isFinite(value) ? format(value) : 'not measured', goal: goalText(goal, format), ...verdict };
}

/** A row for information only (no goal). */
export function infoRow(measure: string, value: string): Row {
  return { measure, value, goal: '', met: '', missed: false };
}

/** A row for a measurement that could not be taken. */
export function errorRow(measure: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return { measure, value: `error: ${message.split('\n')[0]?.slice(0, 120) ?? ''}`, goal: '', met: 'not measured', missed: true };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The rows as a Markdown table, columns padded so it also reads well in a terminal. */
export function markdownTable(rows: readonly Row[]): string {
  const header = ['measure', 'value', 'goal', 'met'];
  const cells = rows.map((row) => [row.measure, row.value, row.goal, row.met].map(escapeCell));
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)));
  const line = (values: string[]) => `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const ratio = (value: number) => value.toFixed(2);
export const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
export const score = (value: number) => String(Math.round(value));
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
