import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where focus goes once she signs in through an `<ibusibuk-sign-in>` inside the host: the sign-in
 * form disappears with the focus in it, which would drop focus to `<body>`. Only her own use of
 * the form counts (focus inside it); a session that arrives by itself moves nothing.
 */
export class FocusAfterSignIn implements ReactiveController {
  private _used = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Signed in yet. */
    private readonly _signedIn: () => boolean,
    /** What takes focus once the host has settled after signing in; `null` while it is still loading. */
    private readonly _target: () => HTMLElement | null | undefined,
  ) {
    _host.addController(this);
  }

  private readonly _onFocusIn = (event: FocusEvent) => {
    if (this._signedIn()) return;
    if (event.composedPath().some((node) => (node as Element).localName === 'ibusibuk-sign-in')) this._used = true;
  };

  hostConnected(): void {
    this._host.addEventListener('focusin', this._onFocusIn);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('focusin', this._onFocusIn);
  }

  hostUpdated(): void {
    if (!this._used || !this._signedIn()) return;
    const target = this._target();
    if (!target) return;
    this._used = false;
    target.focus();
  }
}
