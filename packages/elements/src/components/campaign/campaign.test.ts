import { expect, fixture, html } from '@open-wc/testing';
import { STEPS, Stage, type Participation } from '@ibusibuk/sdk';
import './campaign.js';
import '../provider/provider.js';
import type { IbuSibukCampaign } from './campaign.component.js';
import { stepPosition } from './campaign.steps.js';
import { demoBrief, demoCampaign, participationAt } from './campaign.fixtures.js';
import { PUBLISHABLE_KEY, apiBase, publicClient, signInKol, uniqueEmail } from '../../../test/fixtures.js';
import { createClient } from '@ibusibuk/sdk';
import { $, shadow, text, until } from '../../../test/support/dom.js';

const campaign = demoCampaign();
const brief = demoBrief(campaign);

/** Visible text with every kind of whitespace (Intl uses no-break spaces) folded to one space. */

async function controlled(stage: Stage | 'none', locale: 'id' | 'en' = 'id'): Promise<IbuSibukCampaign> {
  const el = await fixture<IbuSibukCampaign>(html`<ibusibuk-campaign
    locale=${locale}
    .campaign=${campaign}
    .participation=${stage === 'none' ? null : participationAt(stage, campaign)}
    .brief=${brief}
  ></ibusibuk-campaign>`);
  await el.updateComplete;
  return el;
}

/** Every stage, from the SDK's schema: the test follows the lifecycle if it grows. */
const ALL_STAGES: readonly Stage[] = Stage.options;

describe('stepPosition', () => {
  it('puts each stage on its step', () => {
    const at = (stage: Stage, drafts = 1) =>
      stepPosition({ stage, drafts: Array.from({ length: drafts }) as Participation['drafts'] }).current;
    expect(stepPosition(null)).to.deep.equal({ current: 0, herTurn: true });
    expect(at('applied')).to.equal(0);
    expect(at('accepted')).to.equal(1);
    expect(at('drafting', 0)).to.equal(2);
    expect(at('in_review', 1)).to.equal(2);
    expect(at('revision_requested')).to.equal(3);
    expect(at('in_review', 2)).to.equal(3);
    expect(at('approved')).to.equal(4);
    expect(at('posted')).to.equal(5);
    expect(at('insight_review')).to.equal(5);
    expect(at('insight_revision_requested')).to.equal(5);
    expect(at('completed')).to.equal(6);
    expect(at('paid')).to.equal(STEPS.length);
  });

  it('says whose turn it is from the lifecycle table', () => {
    const turn = (stage: Stage) => stepPosition({ stage, drafts: [] }).herTurn;
    expect(turn('applied')).to.be.false;
    expect(turn('accepted')).to.be.true;
    expect(turn('in_review')).to.be.false;
    expect(turn('revision_requested')).to.be.true;
    expect(turn('paid')).to.be.false;
  });
});

describe('<ibusibuk-campaign> controlled', () => {
  it('shows the reward in rupiah, the slots left and the deadline in days', async () => {
    const el = await controlled('none');
    const facts = text($(el, '[part~="facts"]'));
    expect(facts).to.contain('Rp 1.500.000');
    expect(facts).to.contain('plus produk');
    expect(facts).to.contain('Sisa 3 slot');
    expect(facts).to.contain('dari 20 Bunda');
    expect(facts).to.contain('3 hari lagi');
  });

  for (const [locale, lines] of [
    ['id', ['Fee (bruto) Rp 1.500.000', 'Perkiraan PPh 21 (dengan NPWP/NIK) − Rp 37.500', 'Perkiraan diterima Bunda Rp 1.462.500',
      'Tanpa NPWP/NIK: Rp 45.000 dipotong (20 % lebih tinggi), diterima Rp 1.455.000', 'PMK 168/2023',
      'Nilai produk (harga pasar) Rp 420.000', 'Nilai produk tidak ikut dipotong pajak']],
    ['en', ['Fee (gross) IDR 1,500,000', 'Estimated PPh 21 (with NPWP/NIK) − IDR 37,500', 'Estimated amount you receive IDR 1,462,500',
      'Without NPWP/NIK: IDR 45,000 withheld (20 % higher), you receive IDR 1,455,000', 'PMK 168/2023',
      'Product value (market price) IDR 420,000', 'The product’s value is not taxed']],
  ] as const) {
    it(`shows the fee's PPh 21 and net, with and without a tax id, before she applies (${locale})`, async () => {
      const el = await controlled('none', locale);
      await until(() => $(el, '[part="fee-tax"]'), 2000, 'the fee breakdown');
      const box = $(el, '[part~="facts"] [part="fee-tax"]')!;
      const tax = [...box.querySelectorAll('dl > div, p')].map((row) => [...(row.children.length ? row.children : [row])].map((c) => text(c)).join(' ')).join(' | ');
      for (const line of lines) expect(tax).to.contain(line);
      await expect(el).to.be.accessible();
    });
  }

  it('lists deliverables, requirements and the timeline', async () => {
    const el = await controlled('none');
    const details = text($(el, '[part~="details"]'));
    expect(details).to.contain('1× Reels Instagram');
    expect(details).to.contain('3× Story Instagram');
    expect(details).to.contain('Minimal 5.000 pengikut Instagram');
    expect(details).to.contain('Punya si Kecil usia 6–12 bulan');
    expect(details).to.contain('Berdomisili di Jakarta, Bandung, Surabaya');
    expect(details).to.contain('Batas kirim draf');
    expect(details).to.contain('Periode tayang');
  });

  it('shows the campaign’s review rules before she applies, in both languages', async () => {
    const el = await controlled('none');
    const rules = $(el, '[data-rules]')!;
    expect(text(rules)).to.contain('Draf bisa direvisi paling banyak 2 kali.');
    expect(text(rules)).to.contain('paling lambat 72 jam; lewat dari itu, otomatis disetujui');
    expect(text(rules)).to.contain('untuk story, 24 jam');
    await expect(el).to.be.accessible();
    const en = await controlled('none', 'en');
    await until(() => text($(en, '[data-rules]')).includes('at most 2 times'), 4000, 'English rules');
    expect(text($(en, '[data-rules]'))).to.contain('approved automatically');
  });

  it('renders the Markdown description sanitised, links opening in a new tab', async () => {
    const el = await controlled('none');
    await until(() => $(el, '[part="description"] strong'), 8000, 'rendered markdown');
    const link = $(el, '[part="description"] a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect($(el, '[part="description"] li')).to.exist;
  });

  it('strips scripts and handlers from the description', async () => {
    const el = await fixture<IbuSibukCampaign>(html`<ibusibuk-campaign
      .campaign=${demoCampaign({ description: 'Halo <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' })}
      .participation=${null}
    ></ibusibuk-campaign>`);
    await until(() => $(el, '[part="description"]:not(.plain)'), 8000, 'rendered markdown');
    expect($(el, '[part="description"] script')).to.be.null;
    expect($(el, '[part="description"] img')?.getAttribute('onerror') ?? null).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('offers the application form before she applies', async () => {
    const el = await controlled('none');
    expect($(el, 'ibusibuk-apply-form')).to.exist;
    expect($(el, '[part~="apply-link"]')).to.exist;
    expect($(el, '[part~="stepper"]')).to.be.null;
  });

  it('says applications are closed on a closed campaign', async () => {
    const el = await fixture<IbuSibukCampaign>(html`<ibusibuk-campaign
      .campaign=${demoCampaign({ status: 'closed' })}
      .participation=${null}
    ></ibusibuk-campaign>`);
    expect($(el, 'ibusibuk-apply-form')).to.be.null;
    expect(text($(el, '.apply'))).to.contain('Pendaftaran sudah ditutup');
  });

  it('says the slots are full when every slot is taken', async () => {
    const el = await fixture<IbuSibukCampaign>(html`<ibusibuk-campaign
      locale="en"
      .campaign=${demoCampaign({ slotsFilled: 20 })}
      .participation=${null}
    ></ibusibuk-campaign>`);
    expect(text($(el, '.apply'))).to.contain('All slots are taken');
    expect(text($(el, '[part~="facts"]'))).to.contain('No slots left');
  });

  const CHILD: Record<Stage, string | null> = {
    applied: null,
    accepted: 'ibusibuk-brief',
    drafting: 'ibusibuk-draft-uploader',
    in_review: 'ibusibuk-draft-uploader',
    revision_requested: 'ibusibuk-draft-uploader',
    approved: 'ibusibuk-insight-submitter',
    posted: 'ibusibuk-insight-submitter',
    insight_review: 'ibusibuk-insight-submitter',
    insight_revision_requested: 'ibusibuk-insight-submitter',
    completed: 'ibusibuk-insight-submitter',
    paid: 'ibusibuk-insight-submitter',
    rejected: null,
    withdrawn: null,
  };
  const STAGE_CHILDREN = ['ibusibuk-apply-form', 'ibusibuk-brief', 'ibusibuk-draft-uploader', 'ibusibuk-insight-submitter'];

  for (const stage of ALL_STAGES) {
    it(`shows what the ${stage} stage needs, with the campaign and participation handed down`, async () => {
      const el = await controlled(stage);
      const expected = CHILD[stage];
      const present = STAGE_CHILDREN.filter((tag) => $(el, `[part~="journey"] ${tag}`) && !$(el, `details ${tag}`));
      expect(present).to.deep.equal(expected ? [expected] : []);
      if (expected) {
        const child = $(el, expected) as HTMLElement & { campaign?: unknown; participation?: Participation; brief?: unknown };
        expect(child.campaign).to.equal(campaign);
        expect(child.participation?.stage).to.equal(stage);
        expect(child.brief).to.equal(brief);
      }
      expect($(el, '[part~="status"]')!.dataset.stage).to.equal(stage);
    });
  }

  it('keeps the brief at hand, folded, while she works on her content', async () => {
    const el = await controlled('revision_requested');
    const details = $(el, 'details.brief-toggle') as HTMLDetailsElement;
    expect(details.open).to.be.false;
    expect(details.querySelector('ibusibuk-brief')).to.exist;
  });

  const EXPECTED_STEP: Partial<Record<Stage, number>> = {
    applied: 0,
    accepted: 1,
    drafting: 2,
    in_review: 2,
    revision_requested: 3,
    approved: 4,
    posted: 5,
    insight_review: 5,
    insight_revision_requested: 5,
    completed: 6,
  };
  for (const [stage, index] of Object.entries(EXPECTED_STEP) as [Stage, number][]) {
    it(`marks step ${index + 1} as current and the earlier ones done at ${stage}`, async () => {
      const el = await controlled(stage);
      const steps = [...shadow(el).querySelectorAll('.step')];
      expect(steps).to.have.length(7);
      expect(steps.findIndex((s) => s.getAttribute('aria-current') === 'step')).to.equal(index);
      expect(steps.filter((s) => s.classList.contains('done'))).to.have.length(index);
    });
  }

  it('marks every step done once paid, and hands the payout to the insight element', async () => {
    const el = await controlled('paid');
    expect(shadow(el).querySelectorAll('.step.done')).to.have.length(7);
    expect($(el, '[aria-current="step"]')).to.be.null;
    expect(text($(el, '[part~="status"]'))).to.contain('Pembayaran sudah dikirim');
    const insight = $(el, 'ibusibuk-insight-submitter') as HTMLElement & { participation?: Participation };
    expect(insight.participation?.payout?.reference).to.equal('TRF-2026-0612-001');
  });

  it('closes a rejection kindly, with the team’s note and no stepper', async () => {
    const el = await controlled('rejected');
    expect($(el, '[part~="stepper"]')).to.be.null;
    const status = text($(el, '[part~="status"]'));
    expect(status).to.contain('Terima kasih sudah mendaftar, Bunda');
    expect(status).to.contain('belum terpilih');
    expect(status).to.contain('Catatan dari tim');
    await expect(el).to.be.accessible();
  });

  it('closes a withdrawal kindly, in English too', async () => {
    const el = await controlled('withdrawn', 'en');
    expect($(el, '[part~="stepper"]')).to.be.null;
    expect(text($(el, '[part~="status"]'))).to.contain('You have withdrawn');
    await expect(el).to.be.accessible();
  });

  it('labels the steps in English', async () => {
    const el = await controlled('approved', 'en');
    const labels = [...shadow(el).querySelectorAll('.step .label')].map((l) => text(l));
    expect(labels).to.deep.equal(['Apply', 'Brief', 'Content', 'Revision', 'Post', 'Insight', 'Payment']);
    expect(text($(el, '[aria-current="step"]'))).to.contain('in progress');
    expect(text($(el, '[part~="status"]'))).to.contain('Draft approved, time to post!');
  });

  it('labels the steps in Bahasa Indonesia', async () => {
    const el = await controlled('approved');
    const labels = [...shadow(el).querySelectorAll('.step .label')].map((l) => text(l));
    expect(labels).to.deep.equal(['Daftar', 'Brief', 'Konten', 'Revisi', 'Tayang', 'Insight', 'Pembayaran']);
    expect(text($(el, '[aria-current="step"]'))).to.contain('sedang berjalan');
  });

  for (const locale of ['id', 'en'] as const) {
    for (const stage of ['none', 'applied', 'paid'] as const) {
      it(`is accessible at ${stage} in ${locale}`, async () => {
        const el = await controlled(stage, locale);
        await until(() => $(el, '[part="description"]:not(.plain)'), 8000, 'rendered markdown');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('takes a participation change from a child and moves on', async () => {
    const el = await controlled('applied');
    const next = participationAt('accepted', campaign);
    const inner = $(el, '[part~="status"]')!;
    inner.dispatchEvent(new CustomEvent('ibusibuk-participation-change', { detail: { participation: next }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '[part~="status"]')!.dataset.stage).to.equal('accepted');
    await until(() => shadow(el).activeElement?.id === 'status-title', 2000, 'focus on the new status');
  });
});

/** Rendered text down through every shadow root (a child element's cards count too). */
function deepText(root: Node): string {
  const parts: string[] = [];
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof Element && node.localName !== 'style') parts.push(deepText(node.shadowRoot ?? node));
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('<ibusibuk-campaign> says each thing once', () => {
  it('thanks her once on the paid screen, in both languages', async () => {
    for (const [locale, thanks] of [['id', /terima kasih/gi], ['en', /thank you/gi]] as const) {
      const el = await controlled('paid', locale);
      const insight = $(el, 'ibusibuk-insight-submitter')!;
      await until(() => shadow(insight).querySelector('.status-head.paid'), 8000, 'the paid card');
      await until(() => (deepText(shadow(el)).match(thanks) ?? []).length > 0, 4000, 'the thanks');
      expect((deepText(shadow(el)).match(thanks) ?? []).length, deepText(shadow(el))).to.equal(1);
    }
  });
});

/** A KOL who applied (through the API) to a demo campaign open to her; her token and the campaign's slug. */
async function appliedKol() {
  const { token } = await signInKol(uniqueEmail('mundur'));
  const client = createClient({ baseUrl: apiBase(), sessionToken: token });
  const campaign = await publicClient().campaigns.get('ruam-popok-atasi-dengan-lembut');
  await client.applications.create(campaign.id, {
    profile: {
      name: 'Rina Marlina',
      whatsapp: '+6281234567890',
      city: 'Bandung',
      province: 'Jawa Barat',
      socialAccounts: [{ platform: 'tiktok', handle: '@rina.bundasehat', followers: 12_500 }],
      children: [],
      niches: ['parenting'],
    },
    answers: {
      whyMe: 'Si Kecil sering ruam popok, dan saya rutin berbagi tips perawatan kulit bayi.',
      contentIdea: 'Video singkat rutinitas ganti popok malam hari dengan krim ruam.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
  });
  return { token, slug: campaign.slug };
}

describe('<ibusibuk-campaign> of a barter campaign', () => {
  it('shows the product’s market value from the server, untaxed, with no tax lines', async () => {
    const barter = (await publicClient().campaigns.list({ status: 'open', compensation: 'barter', limit: 50 })).data.find(
      (c) => c.compensation.productValue === 850_000,
    );
    expect(barter, 'the demo barter campaign with a stated value').to.not.equal(undefined);
    const page = await fixture<HTMLElement>(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY}>
      <ibusibuk-campaign campaign=${barter!.slug}></ibusibuk-campaign>
    </ibusibuk-provider>`);
    const el = page.querySelector('ibusibuk-campaign')!;
    await until(() => el.shadowRoot?.querySelector('[part~="facts"] [part="fee-tax"]'), 8000, 'the product value');
    const box = $(el, '[part~="facts"] [part="fee-tax"]')!;
    expect(text(box)).to.contain('Nilai produk yang Bunda terima');
    expect(text(box.querySelector('[data-product-value]'))).to.contain('Rp 850.000');
    expect(text(box)).to.contain('Nilai produk tidak ikut dipotong pajak');
    expect(box.querySelector('[data-tax]'), 'no tax on a barter product by default').to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<ibusibuk-campaign> on a page she opens', () => {
  it('neither scrolls the page nor takes focus while it loads her participation', async () => {
    const { token, slug } = await appliedKol();
    const page = await fixture<HTMLDivElement>(html`<div>
      <h1 style="height: 3000px">Halaman brand</h1>
      <ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
        <ibusibuk-campaign campaign=${slug}></ibusibuk-campaign>
      </ibusibuk-provider>
    </div>`);
    scrollTo(0, 0);
    const el = page.querySelector('ibusibuk-campaign')!;
    await until(() => $(el, '[part~="status"]')?.dataset.stage === 'applied', 8000, 'her applied status');
    await new Promise((r) => setTimeout(r, 1200));
    expect(scrollY).to.equal(0);
    expect(document.activeElement).to.equal(document.body);
  });

  it('does not speak of a slot when she withdraws an application', async () => {
    const { token, slug } = await appliedKol();
    const provider = await fixture(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
      <ibusibuk-campaign campaign=${slug}></ibusibuk-campaign>
    </ibusibuk-provider>`);
    const el = provider.querySelector('ibusibuk-campaign')!;
    await until(() => $(el, '#withdraw'), 8000, 'the withdraw button');
    $<HTMLButtonElement>(el, '#withdraw')!.click();
    await until(() => $(el, '#withdraw-title'), 2000, 'the confirmation');
    const confirm = text($(el, '.withdraw.confirm'));
    expect(confirm).not.to.match(/slot/i);
    expect(confirm).to.contain('Pendaftaran Bunda untuk kampanye ini akan ditarik');
    await expect(el).to.be.accessible();
  });

  it('puts focus on the apply heading once she signs in here, not on the page body', async () => {
    const email = uniqueEmail('fokus');
    const page = await fixture<HTMLDivElement>(html`<div>
      <ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY}>
        <ibusibuk-campaign campaign="ruam-popok-atasi-dengan-lembut"></ibusibuk-campaign>
      </ibusibuk-provider>
    </div>`);
    const el = page.querySelector('ibusibuk-campaign')!;
    await until(() => $(el, 'ibusibuk-sign-in')?.shadowRoot?.querySelector('#email'), 8000, 'the sign-in form');
    const signIn = $(el, 'ibusibuk-sign-in')!;
    const enter = (selector: string, value: string) => {
      const input = shadow(signIn).querySelector<HTMLInputElement>(selector)!;
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
    };
    enter('#email', email);
    shadow(signIn).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => shadow(signIn).querySelector('#code'), 8000, 'the code step');
    const code = (await publicClient().dev.outbox(email)).data[0]!.code!;
    enter('#code', code);
    shadow(signIn).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => $(el, 'ibusibuk-apply-form'), 8000, 'the apply form');
    await until(() => shadow(el).activeElement?.id === 'apply', 4000, 'focus on the apply heading');
    expect(document.activeElement).to.equal(el);
  });
});

describe('<ibusibuk-campaign> connected', () => {
  let slug = '';
  before(async () => {
    const page = await publicClient().campaigns.list({ status: 'open' });
    slug = page.data.find((c) => c.slotsFilled < c.slots)!.slug;
  });

  it('loads the campaign by slug and asks her to sign in before applying', async () => {
    const el = await fixture(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY}>
      <ibusibuk-campaign campaign=${slug} source="test"></ibusibuk-campaign>
    </ibusibuk-provider>`);
    const campaignEl = el.querySelector('ibusibuk-campaign')!;
    await until(() => $(campaignEl, 'ibusibuk-sign-in'), 8000, 'the sign-in step');
    expect(text($(campaignEl, '[part="title"]'))).to.not.equal('');
    expect($(campaignEl, 'ibusibuk-apply-form')).to.be.null;
    await expect(campaignEl).to.be.accessible();
  });

  it('shows the application form to a signed-in KOL who has not applied', async () => {
    const { token } = await signInKol();
    const el = await fixture(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
      <ibusibuk-campaign campaign=${slug}></ibusibuk-campaign>
    </ibusibuk-provider>`);
    const campaignEl = el.querySelector('ibusibuk-campaign')!;
    await until(() => $(campaignEl, 'ibusibuk-apply-form'), 8000, 'the apply form');
    expect($(campaignEl, 'ibusibuk-sign-in')).to.be.null;
  });

  it('says so when the campaign does not exist', async () => {
    const el = await fixture(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} locale="en">
      <ibusibuk-campaign campaign="no-such-campaign"></ibusibuk-campaign>
    </ibusibuk-provider>`);
    const campaignEl = el.querySelector('ibusibuk-campaign')!;
    await until(() => $(campaignEl, '[role="alert"]'), 8000, 'the not-found notice');
    expect(text($(campaignEl, '[role="alert"]'))).to.contain('Campaign not found');
  });
});
