/**
 * Answers a page asked for before the SDK had loaded. The elements' CDN loader starts the
 * request of a page's campaign while the code that shows it is still downloading, and leaves
 * it here; the transport takes an answer whose URL, credential and language match its own GET
 * (once, and at most {@link EARLY_RESPONSE_MAX_AGE_MS} old) instead of asking again. Every
 * other request is sent as usual.
 */
export interface EarlyResponse {
  /** The absolute URL, as `new URL(…).href` writes it. */
  url: string;
  /** The `Authorization` header it was sent with. */
  authorization: string;
  /** The `Accept-Language` header it was sent with. */
  language: string;
  /** `Date.now()` when it was sent. */
  sentAt: number;
  response: Promise<Response>;
}

/** The global under which a page leaves its {@link EarlyResponse}s: an array. */
export const EARLY_RESPONSES = '__ibusibukEarlyResponses';

/** An older answer is left unused: the page has been open long enough for it to be stale. */
export const EARLY_RESPONSE_MAX_AGE_MS = 10_000;

/**
 * Takes the early answer to a GET of `url` with these headers, if the page left one. Answers
 * too old to take are dropped on the way, so none is held for the life of the page.
 */
export function takeEarlyResponse(url: string, headers: Headers): Promise<Response> | undefined {
  const waiting = (globalThis as Record<string, unknown>)[EARLY_RESPONSES] as EarlyResponse[] | undefined;
  if (!Array.isArray(waiting)) return undefined;
  const fresh = waiting.filter((early) => Date.now() - early.sentAt <= EARLY_RESPONSE_MAX_AGE_MS);
  const index = fresh.findIndex(
    (early) => early.url === url && early.authorization === headers.get('authorization') && early.language === headers.get('accept-language'),
  );
  const taken = index < 0 ? undefined : fresh.splice(index, 1)[0];
  waiting.splice(0, waiting.length, ...fresh);
  return taken?.response;
}

/**
 * `send`, except that its first call answers with `early`; when the early request failed, that
 * call sends after all. The caller's abort still ends the wait.
 */
export function sendingEarly(early: Promise<Response>, send: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  let taken = false;
  return (request) => {
    if (taken) return send(request);
    taken = true;
    return new Promise((resolve, reject) => {
      // ky sends a tick after the call: the caller may have aborted already.
      if (request.signal.aborted) return reject(request.signal.reason);
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      early.then(resolve, () => send(request).then(resolve, reject));
    });
  };
}
