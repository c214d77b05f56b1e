import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  .notice {
    display: block;
    margin: 0 0 1rem;
    font-size: 0.9375em;
  }
`;
