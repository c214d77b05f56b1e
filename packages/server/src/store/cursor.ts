/** Position after the last item of a page: newest-first lists continue below (createdAt, id). */
export interface Cursor {
  createdAt: string;
  id: string;
}

/** Opaque to callers: base64url of the position, never an offset. */
export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through: malformed cursors are reported by the caller
  }
  return null;
}
