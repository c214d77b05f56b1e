// `pnpm bench`: runs the six benchmarks one after the other and rewrites bench/RESULTS.md
// with the machine's description, a table per benchmark and a summary of the goals.
//
//   node --conditions=source --import tsx bench/run.mjs [--only bundle,api,...] [--no-write]
//
// Each benchmark is also a script of its own (e.g. `node --conditions=source --import tsx
// bench/api.mjs`) printing its Markdown. A benchmark that fails is reported as such in
// RESULTS.md and the run goes on; the exit code is 1 if any benchmark failed to run (a missed
// goal is a result, not a failure).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeMachine } from './lib/machine.mjs';
import { BENCH, log, table, verdict } from './lib/util.mjs';

const BENCHMARKS = [
  ['bundle', () => import('./bundle.mjs')],
  ['first-card', () => import('./first-card.mjs')],
  ['long-list', () => import('./long-list.mjs')],
  ['api', () => import('./api.mjs')],
  ['sdk-validate', () => import('./sdk-validate.mjs')],
  ['growth', () => import('./growth.mjs')],
];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const only = values.only ? new Set(values.only.split(',')) : null;

const started = new Date();
const machineBefore = describeMachine();
const sections = [];
const goals = [];
let failed = 0;
for (const [key, load] of BENCHMARKS) {
  if (only && !only.has(key)) continue;
  const t0 = performance.now();
  log(`── ${key} ──`);
  let mod;
  try {
    mod = await load();
    const result = await mod.run();
    const seconds = (performance.now() - t0) / 1000;
    sections.push(`## ${result.title}\n\n${result.markdown}\n\n_Ran in ${seconds.toFixed(0)} s (\`bench/${key}.mjs\`)._`);
    for (const g of result.goals) goals.push({ ...g, bench: result.title.match(/^\d+/)?.[0] ?? key });
    log(`${key}: done in ${seconds.toFixed(0)} s`);
  } catch (error) {
    failed++;
    const title = mod?.title ?? key;
    const text = String(error?.stack ?? error);
    sections.push(`## ${title}\n\n**Did not run**: \`${text.split('\n')[0]}\`\n\n\`\`\`\n${text.split('\n').slice(0, 12).join('\n')}\n\`\`\``);
    goals.push({ bench: title.match(/^\d+/)?.[0] ?? key, name: `${key}: did not run`, met: false, figure: 'error' });
    log(`${key}: FAILED`, error);
  }
}
const minutes = (Date.now() - started.getTime()) / 60_000;

// What this run does not rewrite is kept from the current file: the sections other scripts write
// (bench/tails.mjs, bench/load.mjs, …) and, with --only, the benchmarks that did not run and their goals.
const previous = existsSync(`${BENCH}RESULTS.md`) ? readFileSync(`${BENCH}RESULTS.md`, 'utf8') : '';
const previousSections = previous.split(/\n(?=## )/).slice(1);
const ran = new Set(sections.map((section) => section.match(/^## (\d+)\./)?.[1]).filter(Boolean));
const numberOf = (section) => section.match(/^## (\d+)\./)?.[1];
const kept = previousSections.filter((section) => {
  if (/^## (Machine|Goals)\n/.test(section)) return false;
  const number = numberOf(section);
  return number === undefined || (only !== null && !ran.has(number));
});
if (only) {
  const oldGoals = previousSections.find((section) => section.startsWith('## Goals\n')) ?? '';
  for (const row of oldGoals.split('\n').filter((line) => /^\| \d+ \|/.test(line))) {
    const [bench, name, figure, verdictText] = row.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, ''));
    if (!ran.has(bench)) goals.push({ bench, name, figure, met: verdictText === '**met**' ? true : verdictText === '**missed**' ? false : null });
  }
  goals.sort((a, b) => Number(a.bench) - Number(b.bench));
}
const numbered = [...sections, ...kept.filter(numberOf)].sort((a, b) => Number(numberOf(a)) - Number(numberOf(b)));
const others = kept.filter((section) => !numberOf(section)).map((section) => section.trimEnd());
const machine = describeMachine();

const md = [
  '# Benchmark results',
  '',
  `Written by \`pnpm bench\` (bench/run.mjs) on ${started.toISOString().replace(/\.\d+Z$/, 'Z')}, in ${minutes.toFixed(1)} min` +
    `${only ? ` (only: ${[...only].join(', ')})` : ''}. Every figure is compared with a baseline measured in the same run; ` +
    'absolute times depend on the machine below. How each benchmark works: bench/README.md.',
  '',
  '## Machine',
  '',
  table(
    ['', ''],
    [
      ['CPU', `${machine.cpu} (${machine.cores} cores${machine.mhz ? `, ${machine.mhz} MHz` : ''})`],
      ['memory', `${machine.memoryGiB.toFixed(1)} GiB`],
      ['OS', machine.os],
      ['Node', machine.node],
      ['Chromium', machine.chromium],
      ['load average (1 / 5 / 15 min) before → after', `${machineBefore.load} → ${machine.load}`],
    ],
  ),
  '',
  '## Goals',
  '',
  table(
    ['benchmark', 'goal', 'figure', 'verdict'],
    goals.map((g) => [g.bench, g.name, g.figure, verdict(g.met)]),
  ),
  '',
  'Where a goal is missed, the benchmark\'s section says by how much and why.',
  '',
  ...[...numbered, ...others].flatMap((s) => [s.trimEnd(), '']),
].join('\n');

if (!values['no-write']) {
  writeFileSync(`${BENCH}RESULTS.md`, md);
  log(`wrote bench/RESULTS.md (${goals.filter((g) => g.met).length} of ${goals.length} goals met, ${minutes.toFixed(1)} min)`);
} else {
  console.log(md);
}
process.exit(failed ? 1 : 0);
