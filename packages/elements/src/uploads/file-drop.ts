import type { ReactiveControllerHost } from 'lit';

/**
 * Files picked through an `<input type="file">` or dropped on a zone: hands
 * them to `add` and tracks whether files are being dragged over the zone.
 * Bind the handlers as `@change`, `@dragenter`/`@dragover`, `@dragleave` and `@drop`;
 * the host re-renders when `over` changes.
 */
export class FileDrop {
  /** Files are being dragged over the zone. */
  over = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _add: (files: File[]) => void,
  ) {}

  readonly onPicked = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (input.files?.length) this._add(Array.from(input.files));
    input.value = '';
  };

  readonly onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this._setOver(true);
  };

  readonly onDragLeave = (e: DragEvent): void => {
    const zone = e.currentTarget as HTMLElement;
    if (!zone.contains(e.relatedTarget as Node | null)) this._setOver(false);
  };

  readonly onDrop = (e: DragEvent): void => {
    e.preventDefault();
    this._setOver(false);
    const files = e.dataTransfer?.files;
    if (files?.length) this._add(Array.from(files));
  };

  private _setOver(over: boolean): void {
    if (this.over === over) return;
    this.over = over;
    this._host.requestUpdate();
  }
}
