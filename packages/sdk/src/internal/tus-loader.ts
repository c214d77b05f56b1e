import type * as Tus from 'tus-js-client';

/** tus-js-client, whichever build fits where the SDK runs. */
export type TusModule = typeof Tus;

// Node's build runs over node:http; its name sits in a variable so that bundlers of
// page code neither follow nor pack it.
const NODE_BUILD = 'tus-js-client';

const onNode = (): boolean =>
  typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';

const pick = (mod: unknown): TusModule => {
  const m = mod as Partial<TusModule> & { default?: TusModule };
  if (typeof m.Upload === 'function') return m as TusModule;
  if (m.default && typeof m.default.Upload === 'function') return m.default;
  // The browser build is a UMD bundle: without a CommonJS wrapper it defines a global.
  return (globalThis as unknown as { tus: TusModule }).tus;
};

/** The loaded module, and whether it is the Node build (which reads Buffers and streams, not Blobs). */
export interface LoadedTus {
  tus: TusModule;
  node: boolean;
}

let loading: Promise<LoadedTus> | undefined;

/**
 * Loads tus-js-client on the first upload only, so pages that never upload
 * never fetch it. In browsers `#tus-browser` (package.json "imports") is tus's
 * ES build, which bundlers tree-shake (16 kB gzip against 26 kB for the
 * prebuilt bundle); under the `ibusibuk-unbundled` condition (the element tests,
 * which run page code without a bundler) it is tus's prebuilt browser bundle,
 * because the ES build imports CommonJS packages a browser cannot load alone.
 */
export function loadTus(): Promise<LoadedTus> {
  const node = onNode();
  loading ??= (
    node
      ? import(/* @vite-ignore */ NODE_BUILD)
      : import('#tus-browser')
  ).then(
    (mod: unknown) => ({ tus: pick(mod), node }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
