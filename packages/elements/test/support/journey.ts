import { createClient, metricFields, type Campaign, type IbuSibukClient, type Participation } from '@ibusibuk/sdk';
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase, officer, PUBLISHABLE_KEY, signInKol } from '../fixtures.js';
import { until } from './dom.js';

let campaigns = 0;

/** A fresh campaign of its own (published with its brief) through the officer command, so lists hold only this test's people. */
export async function freshCampaign(overrides: Record<string, unknown> = {}): Promise<Campaign> {
  const n = `${Date.now().toString(36)}${campaigns++}`;
  const campaign = await officer('campaigns', 'create', {
    brand: { name: 'Susu Bunda' },
    title: `Rutinitas Pagi Bersama Si Kecil ${n}`,
    slug: `rutinitas-pagi-${n}`,
    summary: 'Bagikan rutinitas pagi bersama si kecil.',
    description: '## Tentang kampanye\n\nCeritakan pagi Bunda.',
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_500_000 },
    slots: 10,
    timeline: {
      applyBy: '2026-06-20T00:00:00Z',
      draftDue: '2026-06-25T00:00:00Z',
      postWindow: { start: '2026-05-31T00:00:00Z', end: '2026-07-10T00:00:00Z' },
      insightDue: '2026-07-15T00:00:00Z',
    },
    tags: ['parenting'],
    ...overrides,
  });
  await officer('briefs', 'put', campaign.id, {
    objective: 'Kenalkan Susu Bunda sebagai teman sarapan keluarga.',
    keyMessages: ['Bergizi', 'Praktis'],
    dos: ['Tampilkan produk dalam 3 detik pertama'],
    donts: ['Jangan sebut merek lain'],
    hashtags: ['#SusuBunda', '#IbuSibuk'],
    mentions: ['@susubunda'],
  });
  return officer('campaigns', 'publish', campaign.id);
}

export function application(name = 'Dewi Anggraini') {
  return {
    profile: {
      name,
      whatsapp: '+6281298765432',
      city: 'Jakarta Selatan',
      province: 'DKI Jakarta',
      socialAccounts: [{ platform: 'instagram' as const, handle: '@dewi.bunda', followers: 18_000 }],
      children: [{ birthYear: 2025, birthMonth: 9 }],
      niches: ['parenting'],
    },
    answers: {
      whyMe: 'Saya aktif berbagi pengalaman mengasuh dua anak dan rutin mengulas produk bayi dengan jujur.',
      contentIdea: 'Reels rutinitas pagi si kecil sambil sarapan bersama, lalu tanya-jawab di story.',
      eligibility: { meetsRequirements: true as const, willFollowBrief: true as const },
    },
    consent: true as const,
  };
}

export async function png(hue = 200): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 180;
  canvas.height = 320;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = `hsl(${hue} 60% 80%)`;
  ctx.fillRect(0, 0, 180, 320);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], `gambar-${hue}.png`, { type: 'image/png' });
}

/** A KOL of her own, signed in through the real code flow, with her client. */
export async function newKol(name = 'Dewi Anggraini'): Promise<{ token: string; kol: IbuSibukClient; name: string }> {
  const { token } = await signInKol();
  return { token, kol: createClient({ baseUrl: apiBase(), sessionToken: token }), name };
}

/** The KOL applies, the officer accepts her (Node), she reads the brief and submits a draft: `in_review`. */
export async function submittedDraft(kol: IbuSibukClient, campaign: Campaign, name?: string): Promise<Participation> {
  let p = await kol.applications.create(campaign.id, application(name));
  p = await officer('participations', 'accept', p.id, {});
  const brief = await kol.campaigns.brief(campaign.id);
  await kol.participations.acknowledgeBrief(p.id);
  const media = await kol.uploads.create(await png(330));
  return kol.drafts.submit(p.id, { caption: `Pagi ceria! ${[...brief.hashtags, ...brief.mentions].join(' ')}`, mediaIds: [media.id] });
}

/** After the draft is approved: the KOL posts and sends her insight, `insight_review`. */
export async function submittedInsight(kol: IbuSibukClient, campaign: Campaign, p: Participation): Promise<Participation> {
  await kol.posts.submit(p.id, { url: 'https://www.instagram.com/reel/SusuBunda01/' });
  const shot = await kol.uploads.create(await png(120));
  return kol.insights.submit(p.id, {
    metrics: campaign.deliverables.map((d, i) => ({
      deliverableIndex: i,
      values: Object.fromEntries(metricFields(d.platform, d.format).map((key, k) => [key, 1000 * (k + 1)])),
    })),
    screenshotIds: [shot.id],
  });
}

/** The KOL's own `<ibusibuk-campaign>`, freshly mounted with her session; resolves when it shows `stage`. */
export async function kolCampaign(token: string, campaign: Campaign, stage: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
    <ibusibuk-campaign campaign=${campaign.slug}></ibusibuk-campaign>
  </ibusibuk-provider>`);
  const el = wrapper.querySelector<HTMLElement>('ibusibuk-campaign')!;
  const status = () => el.shadowRoot?.querySelector<HTMLElement>('[part="status"]');
  await until(() => status()?.dataset.stage === stage, 10_000, `the KOL's campaign at ${stage} (shows ${status()?.dataset.stage})`);
  return status()!;
}

/** The element focused now, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches (keyboard only: no focus() or click()). */
export async function tabTo(match: (el: Element) => boolean, what: string, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && match(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (stopped on ${deepActive()?.outerHTML.slice(0, 120)})`);
}
