import { pino, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };
export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  /** `silent` logs nothing. */
  level: LevelWithSilent;
  /** `json`: one JSON object a line (production, log shippers); `pretty`: short coloured lines (dev). */
  format: LogFormat;
}

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A request as `GET /v1/campaigns 200 4 ms`; anything else as its message. The other fields follow on the line. */
const shortLine = (log: Record<string, unknown>, messageKey: string): string =>
  typeof log.method === 'string' ? `${log.method} ${String(log.path)} ${String(log.status)} ${String(log.ms)} ms` : String(log[messageKey]);

/**
 * The server's one logger. JSON lines go to stdout, buffered; the pretty form
 * is written synchronously in the same process (no worker thread), which is enough for a
 * developer's terminal.
 */
export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, base: { service: 'ibusibuk-server' } };
  if (options.format === 'pretty') {
    return pino(
      base,
      pretty({
        colorize: process.stdout.isTTY,
        singleLine: true,
        ignore: 'pid,hostname,service,method,path,status,ms',
        translateTime: 'SYS:HH:MM:ss',
        messageFormat: shortLine,
        sync: true,
      }),
    );
  }
  // Buffered (4 kB) rather than a write per line: pino flushes what is left when the process exits.
  return pino(base, pino.destination({ dest: 1, sync: false, minLength: 4096 }));
}
