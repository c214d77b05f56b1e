// Conversions between stored columns (text, JSON text, ISO times) and values.
import type { Event } from '@ibusibuk/sdk';

/** A row as better-sqlite3 returns it: column name → value. */
export type Row = Record<string, unknown>;

export const json = (value: unknown): string => JSON.stringify(value);
export const jsonOrNull = (value: unknown): string | null => (value == null ? null : json(value));
export const parse = <T>(text: unknown): T => JSON.parse(String(text)) as T;
export const str = (value: unknown): string => String(value);
export const strOrNull = (value: unknown): string | null => (value == null ? null : String(value));
export const iso = (date: Date): string => date.toISOString();

/** An event row (`id, type, created_at, data`) as the API's Event. */
export const eventOfRow = (row: Row): Event =>
  ({
    id: str(row.id),
    object: 'event',
    type: str(row.type),
    createdAt: str(row.created_at),
    data: JSON.parse(str(row.data)),
  }) as Event;
