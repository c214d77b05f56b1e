// Only the two elements this page shows: each entry point defines its tag, so the
// bundle carries those two and what they share, not all thirteen.
import '@ibusibuk/elements/provider';
import '@ibusibuk/elements/campaign-list';
import { useState } from 'react';

type Locale = 'id' | 'en';

export function App({ apiBase }: { apiBase: string }) {
  const [locale, setLocale] = useState<Locale>('id');
  const [loaded, setLoaded] = useState<number>();
  const [chosen, setChosen] = useState<string>();

  return (
    <ibusibuk-provider api-base={apiBase} publishable-key="pk_test_demo" locale={locale}>
      <button type="button" onClick={() => setLocale(locale === 'id' ? 'en' : 'id')}>
        {locale === 'id' ? 'English' : 'Bahasa Indonesia'}
      </button>
      <p role="status" id="loaded">
        {loaded === undefined ? '' : locale === 'id' ? `${loaded} kampanye dimuat` : `${loaded} campaigns loaded`}
      </p>
      <p role="status" id="chosen">{chosen}</p>
      {/* A property (hideFilters) and two typed events. */}
      <ibusibuk-campaign-list
        hideFilters
        onibusibuk-campaigns-load={(event) => setLoaded(event.detail.campaigns.length)}
        onibusibuk-campaign-select={(event) => {
          event.preventDefault(); // stay on this page: no href-template to follow
          setChosen(event.detail.campaign.title);
        }}
      />
    </ibusibuk-provider>
  );
}
