// Peer for benchmark 1: Typeform's embed as a page's bundle uses it from npm: the
// library's `createWidget`, mounting one form.
import { createWidget } from '@typeform/embed';

createWidget('abc123', { container: document.getElementById('typeform') });
