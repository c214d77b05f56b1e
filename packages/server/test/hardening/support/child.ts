import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ServerOptions } from '@ibusibuk/server';

const script = fileURLToPath(new URL('./child-server.ts', import.meta.url));
const packageRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface Child {
  url: string;
  process: ChildProcess;
  /** Asks the child something over IPC and waits for its answer of the same type. */
  ask<T>(type: 'reset' | 'memory' | 'trace'): Promise<T>;
  close(): Promise<void>;
  kill(): Promise<void>;
}

/** The server in a child process (file database and uploads in `options.dataDir`). */
export async function startChild(options: Partial<ServerOptions>): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  // Under vitest the server would log every unexpected error; a child measured for memory should not.
  delete env.VITEST;
  const child = fork(script, [JSON.stringify(options)], {
    cwd: packageRoot,
    execArgv: ['--expose-gc', '--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env,
  });
  const ready = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.on('message', (message: { type: string; url: string }) => {
      if (message.type === 'ready') resolve(message);
    });
  });
  child.removeAllListeners('exit');
  const ask = <T>(type: 'reset' | 'memory' | 'trace') =>
    new Promise<T>((resolve) => {
      const listener = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off('message', listener);
        resolve(message as T);
      };
      child.on('message', listener);
      child.send({ type });
    });
  return {
    url: ready.url,
    process: child,
    ask,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'close' });
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
