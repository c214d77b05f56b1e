/**
 * What every element's stories share: the `locale`, `theme` and `width` controls, the
 * autodocs page with its description, and the frame each story renders its element in
 * (at most `width` wide, on the dark page colour when the theme is dark).
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta } from '@storybook/web-components-vite';

export type Locale = 'id' | 'en';
export type Theme = 'light' | 'dark';

/** The args every element's stories have. */
export interface FrameArgs {
  locale: Locale;
  theme: Theme;
  width: number;
}

/** The page colour of the dark theme (the same as the `dark` background in preview.ts). */
const DARK_PAGE = '#121016';

/** The default `locale` and `theme`, and the given `width`. */
export const frameArgs = (width: number): FrameArgs => ({ locale: 'id', theme: 'light', width });

/** The `locale`, `theme` and `width` controls; `width` slides from `min` to `max` in steps of 10px. */
export const frameArgTypes = (min: number, max: number): NonNullable<Meta<FrameArgs>['argTypes']> => ({
  locale: { control: 'inline-radio', options: ['id', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
  width: { control: { type: 'range', min, max, step: 10 } },
});

/** `parameters` that open the autodocs page with `component`, a description of the element. */
export const describeComponent = (component: string) => ({ docs: { description: { component } } });

export interface FrameOptions {
  /** Centre the frame in the canvas (default true). */
  centered?: boolean;
  /** Pad the frame in both themes, not only in the dark one (default false). */
  alwaysPadded?: boolean;
}

/** `content` in a frame at most `width` wide, on the dark page colour (padded) when `theme` is dark. */
export function frame(
  { theme, width }: Pick<FrameArgs, 'theme' | 'width'>,
  content: unknown,
  { centered = true, alwaysPadded = false }: FrameOptions = {},
): TemplateResult {
  const dark = theme === 'dark';
  return html`
    <div
      style=${styleMap({
        maxWidth: `${width}px`,
        ...(centered ? { margin: '0 auto' } : {}),
        padding: dark || alwaysPadded ? '16px' : '0',
        background: dark ? DARK_PAGE : 'transparent',
      })}
    >
      ${content}
    </div>
  `;
}

/**
 * The first match of `selector` in the shadow root of `tag` inside `canvas` (a story's root),
 * once it is there: for play functions that drive an element through the mock API.
 */
export async function inShadow<T extends HTMLElement = HTMLElement>(canvas: HTMLElement, tag: string, selector: string, timeoutMs = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error(`no ${selector} in <${tag}> after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

