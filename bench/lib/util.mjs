// Small helpers shared by the benchmarks: statistics, formatting, Markdown tables.
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = fileURLToPath(new URL('../', import.meta.url));

export function median(values) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (n, digits = 1) => (Number.isFinite(n) ? `${n.toFixed(digits)} ms` : 'n/a');
export const ratio = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
export const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
export const pct = (n) => (Number.isFinite(n) ? `${(n * 100).toFixed(1)} %` : 'n/a');

/** A Markdown table from a header row and body rows (cells are strings). */
export function table(header, rows) {
  const esc = (c) => String(c ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** "met" / "missed" cell. */
export const verdict = (met) => (met === null || met === undefined ? '—' : met ? '**met**' : '**missed**');

export const sleep = (n) => new Promise((r) => setTimeout(r, n));

/** True when this module file is the one node was started with. */
export const isMain = (url) => process.argv[1] && fileURLToPath(url) === process.argv[1];

/** Log to stderr so stdout stays clean for the Markdown a benchmark prints. */
export const log = (...args) => console.error('[bench]', ...args);

/** Prints a benchmark's result as Markdown (for running one file alone). */
export function printResult(result) {
  console.log(`## ${result.title}\n`);
  console.log(result.markdown);
}

/**
 * Puts `section` (Markdown starting with its `## ` heading) into bench/RESULTS.md: in place of the
 * section with the same heading, or at the end; every other section is kept as it is.
 */
export function writeResultsSection(section) {
  const path = `${BENCH}RESULTS.md`;
  const heading = section.slice(0, section.indexOf('\n'));
  const current = readFileSync(path, 'utf8');
  const start = current.indexOf(`${heading}\n`);
  const end = start === -1 ? -1 : current.indexOf('\n## ', start + heading.length);
  const body = section.trimEnd() + '\n';
  const next =
    start === -1 ? `${current.trimEnd()}\n\n${body}` : current.slice(0, start) + body + (end === -1 ? '' : current.slice(end));
  writeFileSync(path, next);
}
