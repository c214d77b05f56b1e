/** The languages every message ships in. Bahasa Indonesia is the default. */
export type Locale = 'id' | 'en';

export const isLocale = (value: unknown): value is Locale => value === 'id' || value === 'en';
