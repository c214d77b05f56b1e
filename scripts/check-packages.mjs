// Packs each published package as npm would receive it (`pnpm pack`, publishConfig
// applied) and checks the tarball the way a consumer's tools will: publint --strict,
// @arethetypeswrong/cli (ESM-only profile: the packages are ESM-only, see README), and
// what those two do not look at: every export and import target is in the tarball, no
// export condition points at TypeScript sources, `sideEffects` names shipped files, no
// tests, fixtures, stories or source maps without their sources, and one entry point per
// element. Needs the builds (`pnpm build`). Exits non-zero on any finding.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** The packages brands install, with the entry points attw cannot type-check (plain files). */
const PACKAGES = [
  { dir: 'packages/sdk', untyped: [] },
  // The CDN bundle is for <script type="module">; the manifest is data.
  { dir: 'packages/elements', untyped: ['./cdn', './cdn/*', './custom-elements.json', './package.json'] },
  { dir: 'packages/server', untyped: [] },
];

const problems = [];
const out = mkdtempSync(join(tmpdir(), 'ibusibuk-pack-'));

function run(cmd, args, cwd) {
  try {
    return { ok: true, text: execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, text: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** Every string target under an exports/imports map, with the conditions that lead to it. */
function* targets(map, path = []) {
  if (typeof map === 'string') yield { path, target: map };
  else if (map && typeof map === 'object') {
    for (const [key, value] of Object.entries(map)) yield* targets(value, [...path, key]);
  }
}

/** An exports/imports map as published: the same targets without the workspace's "source" condition. */
const withoutSource = (map) =>
  typeof map !== 'object' || map === null
    ? map
    : Object.fromEntries(Object.entries(map).filter(([key]) => key !== 'source').map(([key, value]) => [key, withoutSource(value)]));

/** publishConfig repeats exports and imports for the tarball: an entry added to one only is caught here. */
function checkPublishConfig(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const field of ['exports', 'imports']) {
    if (!pkg.publishConfig || pkg[field] === undefined) continue;
    const expected = JSON.stringify(withoutSource(pkg[field]));
    if (JSON.stringify(pkg.publishConfig[field]) !== expected) {
      problems.push(`${pkg.name}: publishConfig.${field} is not ${field} without "source" (add the same entries to both)`);
    }
  }
}

function checkTarball(pkgDir, tarball, untyped) {
  const files = new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => `./${f.replace(/^package\//, '')}`),
  );
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const name = manifest.name;
  // A target may be a pattern: `*` for any name (exports: any path), `?` for one character.
  const has = (target) => {
    if (!/[*?]/.test(target)) return files.has(target);
    const escaped = target.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escaped.replaceAll('*', '[^/]+').replaceAll('?', '.')}$`);
    return [...files].some((f) => pattern.test(f));
  };

  for (const field of ['exports', 'imports']) {
    for (const { path, target } of targets(manifest[field])) {
      if (path.includes('source')) problems.push(`${name}: ${field} ${path.join(' → ')} keeps the "source" condition`);
      if (target.startsWith('./') && !has(target)) problems.push(`${name}: ${field} ${path.join(' → ')} → ${target} is not in the tarball`);
      if (/\.tsx?$/.test(target) && !target.endsWith('.d.ts')) problems.push(`${name}: ${field} ${path.join(' → ')} → ${target} is TypeScript source`);
    }
  }
  for (const target of Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []) {
    if (!has(target)) problems.push(`${name}: sideEffects names ${target}, which is not in the tarball`);
  }
  for (const file of files) {
    if (/\.(test|spec|fixtures|stories)\.[cm]?[jt]s$/.test(file)) problems.push(`${name}: ships ${file}`);
    // A map is worth shipping only beside the sources it points at.
    if (file.endsWith('.map') && !files.has('./src/index.ts')) problems.push(`${name}: ships ${file} without its sources`);
  }
  if (name === '@ibusibuk/elements') {
    for (const element of readdirSync(join(pkgDir, 'src/components'))) {
      if (!existsSync(join(pkgDir, 'src/components', element, `${element}.ts`))) continue; // shared code, no tag
      if (!manifest.exports[`./${element}`]) problems.push(`${name}: no entry point ./${element}`);
    }
  }

  const publint = run(bin('publint'), ['run', '--strict', tarball], root);
  if (!publint.ok || !/All good/.test(publint.text)) problems.push(`${name}: publint --strict\n${publint.text}`);
  const attwArgs = ['--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color', tarball];
  if (untyped.length) attwArgs.push('--exclude-entrypoints', ...untyped);
  const attw = run(bin('attw'), attwArgs, root);
  if (!attw.ok) problems.push(`${name}: attw\n${attw.text}`);
  console.log(`${name}: ${files.size} files checked`);
}

try {
  for (const { dir, untyped } of PACKAGES) {
    const pkgDir = join(root, dir);
    checkPublishConfig(pkgDir);
    const packed = execFileSync('pnpm', ['pack', '--pack-destination', out, '--json'], { cwd: pkgDir, encoding: 'utf8' });
    const tarball = JSON.parse(packed).filename;
    checkTarball(pkgDir, tarball.startsWith('/') ? tarball : join(out, tarball), untyped);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
console.log('packages: publint, attw and tarball contents all clean');
