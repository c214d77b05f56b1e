import type { CompensationType, Platform } from '@ibusibuk/sdk';

/** What the list filters by. */
export interface ListFilters {
  platform?: Platform | undefined;
  compensation?: CompensationType | undefined;
  tag?: string | undefined;
  brand?: string | undefined;
  q?: string | undefined;
}

/** The filters in force; empty ones are left out. */
export function filtersIn(f: ListFilters): ListFilters {
  return {
    platform: f.platform || undefined,
    compensation: f.compensation || undefined,
    tag: f.tag || undefined,
    brand: f.brand || undefined,
    q: f.q?.trim() || undefined,
  };
}

/**
 * The query of the list's first page: open campaigns, `pageSize` of them (1 to 100, 12 when
 * unset), filtered.
 */
export function firstPageQuery(f: ListFilters, pageSize: number) {
  return { status: 'open' as const, limit: Math.min(100, Math.max(1, Math.floor(pageSize) || 12)), ...filtersIn(f) };
}
