import { css } from 'lit';

export const styles = css`
  /*
   * The page's own markup inside the provider keeps the page's text: the tokens' colour, font and
   * size stay on the provider's notice and never reach (by inheritance) what the page put in its slot.
   */
  :host {
    display: contents;
    color: inherit;
    font: inherit;
    line-height: inherit;
  }
  .notice {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    margin: 0 0 1rem;
    font-size: 0.9375em;
  }
`;
