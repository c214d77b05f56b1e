// Peer for benchmark 1: Shoelace card + button + input + progress bar, each imported by
// its cherry-picked path as Shoelace's docs recommend for bundlers.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';
