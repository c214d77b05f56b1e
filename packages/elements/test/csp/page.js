// Loads the elements bundle named in ?bundle= and puts a campaign list (and, asked, a campaign) on the page, using only DOM APIs.
const params = new URLSearchParams(location.search);
try {
  await import(params.get('bundle'));
  const provider = document.createElement('ibusibuk-provider');
  provider.setAttribute('api-base', params.get('api'));
  provider.setAttribute('publishable-key', 'pk_test_demo');
  const list = document.createElement('ibusibuk-campaign-list');
  list.setAttribute('page-size', '6');
  list.addEventListener('ibusibuk-campaigns-load', (e) => (window.__loaded = e.detail.campaigns.length));
  list.addEventListener('ibusibuk-error-show', (e) => (window.__failed = e.detail));
  provider.append(list);
  // ?campaign=slug: a campaign too, whose server HTML the loader inserts before the element hydrates it.
  if (params.get('campaign')) {
    const campaign = document.createElement('ibusibuk-campaign');
    campaign.setAttribute('campaign', params.get('campaign'));
    campaign.addEventListener('ibusibuk-error-show', (e) => (window.__failed = e.detail));
    provider.append(campaign);
  }
  document.body.append(provider);
} catch (error) {
  window.__failed = { message: String(error) };
}
