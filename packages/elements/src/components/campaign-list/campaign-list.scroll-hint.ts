import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Marks a row that scrolls sideways with where more of it hides (`data-more="start end"`), so
 * the styles can fade that edge: a cut-off chip then reads as "there is more", not as a typo.
 */
export class ScrollHint implements ReactiveController {
  private _observer?: ResizeObserver;
  private _row: HTMLElement | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _find: () => HTMLElement | null,
  ) {
    _host.addController(this);
  }

  private readonly _update = () => {
    const row = this._row;
    if (!row) return;
    const end = row.scrollWidth - row.clientWidth;
    // A pixel of slack: zoomed pages report fractional scroll positions.
    const more = [row.scrollLeft > 1 ? 'start' : '', row.scrollLeft < end - 1 ? 'end' : ''].filter(Boolean).join(' ');
    if (more) row.dataset.more = more;
    else delete row.dataset.more;
  };

  hostConnected(): void {
    this._observer = new ResizeObserver(this._update);
    if (this._row) this._observer.observe(this._row);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  hostUpdated(): void {
    const row = this._find();
    if (row === this._row) return;
    this._row?.removeEventListener('scroll', this._update);
    if (this._row) this._observer?.unobserve(this._row);
    this._row = row;
    if (!row) return;
    row.addEventListener('scroll', this._update, { passive: true });
    this._observer?.observe(row);
    this._update();
  }
}
