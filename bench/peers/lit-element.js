// Peer for benchmark 1: Lit alone with one small element.
import { LitElement, css, html } from 'lit';

class HelloCard extends LitElement {
  static properties = { name: {} };
  static styles = css`
    :host { display: block; padding: 1rem; border: 1px solid #ddd; border-radius: 8px; }
  `;
  constructor() {
    super();
    this.name = 'Bunda';
  }
  render() {
    return html`<p>Halo, ${this.name}!</p>`;
  }
}
customElements.define('hello-card', HelloCard);
