import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Participations, STAGES, type BaseClient, type Participation } from '@ibusibuk/sdk/client';

interface LiveOptions {
  /** The client to watch with, and the participation to watch; nothing is watched while either is missing. */
  client: () => BaseClient | undefined;
  participation: () => Participation | null | undefined;
  /** A change arrived (also the participation as it is when watching starts). */
  onChange: (participation: Participation) => void;
}

/**
 * Keeps a participation current while the page shows it: `participations.watch` (the server's event
 * stream, else polling) while the host is connected and the tab visible; stopped when hidden or
 * disconnected, and once the participation can no longer change.
 */
export class LiveParticipation implements ReactiveController {
  private _watching: { id: string; client: BaseClient; stop: AbortController } | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & EventTarget,
    private readonly _options: LiveOptions,
  ) {
    _host.addController(this);
  }

  private readonly _onVisibility = () => this.hostUpdated();

  hostConnected(): void {
    document.addEventListener('visibilitychange', this._onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._stop();
  }

  /** After each update: start, keep or stop watching as the participation, client and visibility say. */
  hostUpdated(): void {
    const client = this._options.client();
    const participation = this._options.participation();
    const wanted =
      client && participation && STAGES[participation.stage].actor !== null && document.visibilityState !== 'hidden'
        ? { id: participation.id, client }
        : undefined;
    if (this._watching && wanted && this._watching.id === wanted.id && this._watching.client === wanted.client) return;
    this._stop();
    if (wanted) this._start(wanted.id, wanted.client);
  }

  private _start(id: string, client: BaseClient): void {
    const stop = new AbortController();
    this._watching = { id, client, stop };
    new Participations(client)
      .watch(id, { signal: stop.signal, onChange: (p) => !stop.signal.aborted && this._options.onChange(p) })
      // A refusal (signed out, not hers any more) ends watching; the page's next load says why.
      .catch(() => undefined);
  }

  private _stop(): void {
    this._watching?.stop.abort();
    this._watching = undefined;
  }
}

/** Whether two copies of a participation are the same version (a clock that stands still gives every change one time). */
export const sameVersion = (a: Participation, b: Participation): boolean =>
  a.id === b.id && a.updatedAt === b.updatedAt && a.stage === b.stage && a.history.length === b.history.length;
