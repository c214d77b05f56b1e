import type { Application, ApplicationInput, KolProfile, UnmetRequirement } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import type { KolProfileOutput } from './kol.js';

type Input = z.output<typeof ApplicationInput>;

/** The application as kept on the participation: the profile as it was when she applied. */
export function applicationFrom(input: Input, kol: KolProfile, at: Date): Application {
  return {
    profile: {
      name: input.profile.name,
      email: kol.email,
      whatsapp: input.profile.whatsapp,
      city: input.profile.city,
      province: input.profile.province || null,
      socialAccounts: input.profile.socialAccounts,
      children: input.profile.children,
      niches: input.profile.niches,
    },
    answers: input.answers,
    attribution: {
      source: input.attribution?.source || null,
      utm: input.attribution?.utm ?? {},
      pageUrl: input.attribution?.pageUrl || null,
    },
    submittedAt: at.toISOString(),
  };
}

export const profileFrom = (input: Input): KolProfileOutput => ({
  ...input.profile,
  province: input.profile.province || undefined,
});

/** Per-field messages for what the profile lacks; several lacks on one field are joined. */
export function unmetFields(unmet: readonly UnmetRequirement[]): Record<string, Localized> {
  const fields: Record<string, Localized> = {};
  for (const item of unmet) {
    const message = describe(item);
    const previous = fields[item.field];
    fields[item.field] = previous
      ? { id: `${previous.id} ${message.id}`, en: `${previous.en} ${message.en}` }
      : message;
  }
  return fields;
}

function describe(item: UnmetRequirement): Localized {
  switch (item.kind) {
    case 'followers':
      return m.unmetFollowers(item.platform, item.min, item.actual);
    case 'location':
      return m.unmetLocation([...item.cities, ...item.provinces]);
    case 'childAge':
      return m.unmetChildAge(item.minMonths, item.maxMonths);
    case 'closed':
      return m.campaignClosed;
  }
}
