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
 * never fetch it. Browsers get tus's own prebuilt browser bundle: it runs
 * unbundled too (tus's ES modules import CommonJS packages that a browser
 * cannot load without a bundler).
 */
export function loadTus(): Promise<LoadedTus> {
  const node = onNode();
  loading ??= (
    node
      ? import(/* @vite-ignore */ NODE_BUILD)
      : // @ts-expect-error: tus's prebuilt bundle ships no types of its own; `pick` gives it tus's.
        import('tus-js-client/dist/tus.min.js')
  ).then(
    (mod: unknown) => ({ tus: pick(mod), node }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
