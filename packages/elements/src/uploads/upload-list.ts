import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '@ibusibuk/sdk';
import { describeError } from '../internal/errors.js';
import { MB, formatBytes, formatDuration, type UploadItem, type UploadProblem, type UploadQueue } from './upload-queue.js';
import { uploadListMessages } from './upload-list.messages.js';

export const icons = {
  upload: svg`<path d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />`,
  camera: svg`<path d="M4 8a2 2 0 0 1 2-2h1.6l1.2-2h6.4l1.2 2H18a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2Z" /><circle cx="12" cy="12.5" r="3.5" />`,
  image: svg`<rect x="3.5" y="4.5" width="17" height="15" rx="2" /><circle cx="9" cy="10" r="1.6" /><path d="m4 18 5.5-5.5 4 4 2.5-2.5L20 18" />`,
  video: svg`<rect x="3" y="6" width="13" height="12" rx="2" /><path d="m16 10.5 5-3v9l-5-3" />`,
  clock: svg`<circle cx="12" cy="12" r="8.5" /><path d="M12 7.5V12l3 2" />`,
  check: svg`<path d="m5 12.5 4.5 4.5L19 7.5" />`,
  alert: svg`<path d="M12 8v5m0 3.5v.01M10.3 3.9 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />`,
};

/** A stroke icon, hidden from assistive technology (the text next to it says it). */
export const icon = (path: TemplateResult<2>, className = 'icon'): TemplateResult =>
  html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

export function problemText(problem: UploadProblem | undefined, locale: Locale, imagesOnly = false, name = ''): string {
  const t = uploadListMessages(locale);
  switch (problem?.kind) {
    case 'notMedia':
      return imagesOnly ? t.notRealImage(name) : t.notRealMedia(name);
    case 'type':
      return imagesOnly ? t.wrongTypeImage : t.wrongType;
    case 'size':
      return problem.media === 'video' ? t.tooBigVideo(problem.maxBytes / MB) : t.tooBigImage(problem.maxBytes / MB);
    case 'tooMany':
      return t.tooMany(problem.max);
    case 'offline':
      return t.offline;
    case 'refused':
    case 'server':
      return describeError(problem.error, locale).message;
    default:
      return t.failed;
  }
}

const percentOf = (item: UploadItem): number =>
  item.status === 'done' ? 100 : item.total > 0 ? Math.min(100, Math.round((item.loaded / item.total) * 100)) : 0;

function thumb(item: UploadItem, locale: Locale, queue: UploadQueue): TemplateResult {
  const t = uploadListMessages(locale);
  const url = item.previewUrl ?? item.remoteUrl;
  if (url && item.kind === 'image') {
    return html`<img class="thumb" part="upload-preview" src=${url} alt=${t.preview(item.name)} />`;
  }
  if (url && item.kind === 'video') {
    // `#t=0.1` makes the browser paint the first frame as a poster.
    return html`<span class="thumb video" part="upload-preview">
      <video
        src=${`${url}#t=0.1`}
        preload="metadata"
        muted
        playsinline
        aria-label=${t.preview(item.name)}
        @loadedmetadata=${(e: Event) => {
          const d = (e.target as HTMLVideoElement).duration;
          if (Number.isFinite(d)) queue.update(item.key, { duration: d });
        }}
      ></video>
      <span class="badge">${icon(icons.video, 'icon tiny')}${item.duration !== undefined ? formatDuration(item.duration) : nothing}</span>
    </span>`;
  }
  return html`<span class="thumb placeholder" part="upload-preview">${icon(item.kind === 'video' ? icons.video : icons.image)}</span>`;
}

function status(item: UploadItem, locale: Locale, imagesOnly: boolean): TemplateResult {
  const t = uploadListMessages(locale);
  const percent = percentOf(item);
  switch (item.status) {
    case 'queued':
    case 'uploading':
      return html`<progress part="progress" max="100" .value=${percent} aria-label=${t.progressLabel(item.name)}></progress>
        <span class="status">${item.status === 'queued' ? t.queued : t.uploading(percent)}</span>`;
    case 'done':
      return html`<span class="status ok">${icon(icons.check, 'icon tiny')}${t.done}</span>`;
    case 'cancelled':
      return html`<span class="status muted">${t.cancelled}</span>`;
    default:
      return html`<span class="status bad" role="alert">${icon(icons.alert, 'icon tiny')}${problemText(item.problem, locale, imagesOnly, item.name)}</span>`;
  }
}

/** The list of picked files with preview, progress and per-file actions. */
export function uploadList(
  queue: UploadQueue,
  locale: Locale,
  options: { imagesOnly?: boolean; disabled?: boolean; readOnly?: boolean } = {},
) {
  const t = uploadListMessages(locale);
  if (queue.items.length === 0) return nothing;
  return html`<ul class=${options.readOnly ? 'uploads read-only' : 'uploads'} part="upload-list">
    ${repeat(
      queue.items,
      (item) => item.key,
      (item) => html`<li class="upload" part="upload" data-status=${item.status}>
        ${thumb(item, locale, queue)}
        <div class="upload-body">
          <span class="upload-name" title=${item.name}>${item.name}</span>
          <span class="upload-meta">
            ${item.file || item.remoteUrl ? (item.kind === 'video' ? t.video : t.image) : t.earlier}${item.size > 0 ? html` · ${formatBytes(item.size, locale)}` : nothing}${item.duration !== undefined
              ? html` · ${formatDuration(item.duration)}`
              : nothing}
          </span>
          ${status(item, locale, options.imagesOnly ?? false)}
        </div>
        ${options.readOnly ? nothing : html`<div class="upload-actions">
          ${item.status === 'uploading' || item.status === 'queued'
            ? html`<button type="button" class="button ghost small" aria-label=${t.cancelLabel(item.name)} @click=${() => queue.cancel(item.key)}>
                ${t.cancel}
              </button>`
            : nothing}
          ${(item.status === 'failed' || item.status === 'cancelled') && item.file
            ? html`<button type="button" class="button secondary small" aria-label=${t.retryLabel(item.name)} @click=${() => queue.retry(item.key)}>
                ${t.retry}
              </button>`
            : nothing}
          ${item.status !== 'uploading' && item.status !== 'queued'
            ? html`<button
                type="button"
                class="button ghost small"
                aria-label=${t.removeLabel(item.name)}
                ?disabled=${options.disabled ?? false}
                @click=${() => queue.remove(item.key)}
              >
                ${t.remove}
              </button>`
            : nothing}
        </div>`}
      </li>`,
    )}
  </ul>`;
}

/** Styles of the drop zone and the upload list. */
export const uploadListStyles = css`
  .icon {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
    flex: none;
  }
  .icon.tiny {
    width: 1em;
    height: 1em;
  }
  .icon.large {
    width: 2rem;
    height: 2rem;
  }

  .dropzone {
    display: grid;
    justify-items: center;
    gap: 0.6rem;
    padding: 1.5rem 1rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    text-align: center;
    transition: border-color 120ms ease, background-color 120ms ease;
  }
  .dropzone.over {
    border-color: var(--_primary);
    background: var(--_primary-soft);
  }
  .dropzone .drop-icon {
    display: grid;
    place-items: center;
    width: 3.25rem;
    height: 3.25rem;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_primary);
  }
  .dropzone .drop-title {
    margin: 0;
    font-weight: 600;
  }
  /* Phones cannot drag files: the buttons say it all there. */
  @media (pointer: coarse) {
    .dropzone .drop-title {
      display: none;
    }
  }
  .dropzone .drop-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  .dropzone .hint {
    margin: 0;
  }

  .uploads {
    list-style: none;
    margin: 0.75rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .upload {
    display: grid;
    grid-template-columns: 64px minmax(0, 1fr);
    grid-template-areas: 'thumb body' 'thumb actions';
    gap: 0 0.75rem;
    align-items: center;
    padding: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
  }
  .upload[data-status='failed'],
  .upload[data-status='invalid'] {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
  }
  @media (min-width: 480px) {
    .upload {
      grid-template-columns: 64px minmax(0, 1fr) auto;
      grid-template-areas: 'thumb body actions';
    }
  }
  .uploads.read-only .upload {
    grid-template-columns: 64px minmax(0, 1fr);
    grid-template-areas: 'thumb body';
  }
  .thumb {
    grid-area: thumb;
    align-self: start;
    position: relative;
    width: 64px;
    height: 64px;
    border-radius: var(--_radius-sm);
    object-fit: cover;
    background: var(--_surface-alt);
    overflow: hidden;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .thumb video {
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }
  .thumb .badge {
    position: absolute;
    left: 4px;
    bottom: 4px;
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 1px 4px;
    border-radius: 4px;
    background: rgb(0 0 0 / 65%);
    color: #fff;
    font-size: 0.6875rem;
    font-weight: 600;
  }
  .upload-body {
    grid-area: body;
    display: grid;
    gap: 0.15rem;
    min-width: 0;
  }
  .upload-name {
    font-weight: 600;
    font-size: 0.9375em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .upload-meta {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .upload progress {
    width: 100%;
    height: 6px;
    margin: 0.2rem 0 0;
    appearance: none;
    border: 0;
    border-radius: 999px;
    background: var(--_skeleton);
    overflow: hidden;
    accent-color: var(--_primary);
  }
  .upload progress::-webkit-progress-bar {
    background: var(--_skeleton);
    border-radius: 999px;
  }
  .upload progress::-webkit-progress-value {
    background: var(--_primary);
    border-radius: 999px;
    transition: width 150ms linear;
  }
  .upload progress::-moz-progress-bar {
    background: var(--_primary);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .status.ok {
    color: var(--_success);
    font-weight: 600;
  }
  .status.bad {
    color: var(--_danger);
    font-weight: 500;
    align-items: flex-start;
  }
  .status.bad .icon {
    margin-top: 0.15em;
  }
  .upload-actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-start;
    gap: 0.25rem;
    margin-left: -0.9rem;
  }
  @media (min-width: 480px) {
    .upload-actions {
      justify-content: flex-end;
      margin-left: 0;
    }
  }
  .upload-actions .button.secondary {
    margin-left: 0.9rem;
  }
  @media (min-width: 480px) {
    .upload-actions .button.secondary {
      margin-left: 0;
    }
  }
  .upload-actions .button.small {
    min-height: 44px;
  }
  @media (prefers-reduced-motion: reduce) {
    .dropzone,
    .upload progress::-webkit-progress-value {
      transition: none;
    }
  }
`;
