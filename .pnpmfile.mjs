// better-sqlite3 compiles from source when its prebuilt binary cannot be
// downloaded, and node-gyp then downloads Node's headers too, unless told where
// they are. Every Node install carries them beside its binary: official builds
// in <prefix>/include/node, the npm `node` package in node-<platform>-<arch>.
// Point node-gyp at the headers of the Node that runs the build scripts (the first
// `node` on PATH, which need not be the Node running this file), so `pnpm install`
// needs no network for them and no environment variable.
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

const exe = process.platform === 'win32' ? 'node.exe' : 'node';
const nodeOnPath = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, exe))
  .find((file) => existsSync(file));
const prefix = dirname(dirname(realpathSync(nodeOnPath ?? process.execPath)));
const candidates = [prefix, join(prefix, 'node_modules', `node-${process.platform}-${process.arch}`)];
const nodeDir = candidates.find((dir) => existsSync(join(dir, 'include', 'node', 'node.h')));

export const hooks = {
  updateConfig(config) {
    // An explicit setting wins; without local headers node-gyp falls back to its download.
    if (process.env.npm_config_nodedir || !nodeDir) return config;
    return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: nodeDir } };
  },
};
