// The machine a run happened on: CPU, cores, memory, OS, Node, Chromium.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, release, platform, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { CHROMIUM } from './browser.mjs';

function chromiumVersion() {
  try {
    const out = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim().split('\n').filter((l) => /chrom/i.test(l)).pop() ?? out.trim();
  } catch {
    return `not found at ${CHROMIUM}`;
  }
}

function osName() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1] ?? platform();
  } catch {
    return platform();
  }
}

export function describeMachine() {
  const list = cpus();
  return {
    cpu: list[0]?.model?.trim() ?? 'unknown',
    cores: list.length,
    mhz: list[0]?.speed ?? 0,
    memoryGiB: totalmem() / 2 ** 30,
    os: `${osName()} (kernel ${release()})`,
    node: process.version,
    chromium: chromiumVersion(),
    load: loadavg().map((n) => n.toFixed(2)).join(' / '),
  };
}
