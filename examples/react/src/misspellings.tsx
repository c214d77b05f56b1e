// What a developer mistypes must be a type error: `tsc` (pnpm typecheck) fails if any
// line below the @ts-expect-error comments compiles.
import type { ReactNode } from 'react';

export const misspellings: ReactNode[] = [
  // @ts-expect-error a tag that does not exist (campain)
  <ibusibuk-campain-list />,
  // @ts-expect-error a value the attribute does not take
  <ibusibuk-campaign-list platform="myspace" />,
  // @ts-expect-error a handler of the wrong type: the event is not a number
  <ibusibuk-campaign-list onibusibuk-campaign-select={(count: number) => count + 1} />,
  // @ts-expect-error the event's detail has no such field
  <ibusibuk-campaign-list onibusibuk-campaigns-load={(event) => event.detail.campaignz} />,
  // And the right spellings compile.
  <ibusibuk-campaign-list platform="instagram" onibusibuk-campaign-select={(event) => event.detail.campaign.id} />,
];
