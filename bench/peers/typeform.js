// Peer for benchmark 1: Typeform's embed loader, the script a page adds to turn
// `data-tf-*` elements into embedded forms (the npm build of embed.typeform.com/next/embed.js).
import '@typeform/embed/build/embed.js';
