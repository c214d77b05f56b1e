import { Marked } from 'marked';
import DOMPurify from 'dompurify';

// Loaded with import() only when a brief with a body renders: marked and DOMPurify
// are most of this element's weight and many pages never show a brief.

const marked = new Marked({ gfm: true, breaks: true, async: false });

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** A DOMPurify of our own, so our hooks never touch a copy the host page uses. */
function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
  return purifier;
}

/** Markdown → HTML that is safe to put into the page: no scripts, handlers, styles or forms. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string;
  return purify().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'id', 'class'],
  });
}
