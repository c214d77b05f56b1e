// The whole journey of one KOL inside <ibusibuk-campaign>, against the real server:
// she applies, reads the brief, uploads a draft, revises it, posts, reports her insight,
// fixes it and gets paid. The officer's moves go through the SDK with the secret key
// in the test runner's Node process (officer(...)); hers go through the real child
// elements' shadow DOM, as a mother's taps and typing would.
import { expect, fixture, html } from '@open-wc/testing';
import type { Participation, Stage } from '@ibusibuk/sdk';
import { computePayout } from '@ibusibuk/sdk';
import './campaign.js';
import '../provider/provider.js';
import type { IbuSibukCampaign } from './campaign.component.js';
import { PUBLISHABLE_KEY, apiBase, copyOfDemoCampaign, officer, signInKol } from '../../../test/fixtures.js';
import { shadow, text, until } from '../../../test/support/dom.js';

const DEMO_SLUG = 'ruam-popok-atasi-dengan-lembut';
const WAIT = 15_000;

type Root = Element | ShadowRoot;

/** The child element the campaign shows for the current stage, once it has rendered. */
async function child(campaignEl: IbuSibukCampaign, tag: string): Promise<ShadowRoot> {
  await until(() => shadow(campaignEl).querySelector(tag)?.shadowRoot?.childElementCount, WAIT, `<${tag}>`);
  const el = shadow(campaignEl).querySelector(tag)!;
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return shadow(el);
}

async function find<T extends Element = HTMLElement>(root: Root, selector: string, what = selector): Promise<T> {
  await until(() => root.querySelector(selector), WAIT, what);
  return root.querySelector<T>(selector)!;
}

/** Types into an input or textarea the way a user does: value, then an `input` event. */
async function type(root: Root, selector: string, value: string): Promise<void> {
  const input = await find<HTMLInputElement | HTMLTextAreaElement>(root, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('blur'));
}

async function choose(root: Root, selector: string, value: string): Promise<void> {
  const select = await find<HTMLSelectElement>(root, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function tick(root: Root, selector: string): Promise<void> {
  const box = await find<HTMLInputElement>(root, selector);
  if (!box.checked) box.click();
}

/** Clicks a button once it is enabled. */
async function press(root: Root, selector: string): Promise<void> {
  const button = await find<HTMLButtonElement>(root, selector);
  await until(() => !button.disabled && button.getAttribute('aria-disabled') !== 'true', WAIT, `${selector} enabled`);
  button.click();
}

/** A real PNG drawn on a canvas, as a phone's photo would be. */
async function photo(name: string, colour: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 320, 240);
  ctx.fillStyle = '#fff';
  ctx.fillText(name, 20, 120);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Picks files in a (hidden) file input, as the system file chooser does. */
async function pick(root: Root, selector: string, files: File[]): Promise<void> {
  const input = await find<HTMLInputElement>(root, selector);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<ibusibuk-campaign> a KOL’s whole journey', function () {
  this.timeout(180_000);

  it('takes her from applying to the payout, each step in the element the stage needs', async () => {
    // The demo campaign's posting window opens after the server's "now": her copy's is open already.
    const demo = await officer('campaigns', 'get', DEMO_SLUG);
    const campaign = await copyOfDemoCampaign(DEMO_SLUG, {
      postWindow: { start: new Date(Date.parse(demo.timeline.applyBy) - 6 * 86_400_000).toISOString(), end: demo.timeline.postWindow.end },
    });
    const SLUG = campaign.slug;
    const brief = await officer('campaigns', 'brief', campaign.id);
    const { token, email } = await signInKol();
    const changes: Stage[] = [];

    const provider = await fixture(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
      <ibusibuk-campaign campaign=${SLUG} source="brand-site"></ibusibuk-campaign>
    </ibusibuk-provider>`);
    provider.addEventListener('ibusibuk-participation-change', (e) =>
      changes.push((e as HTMLElementEventMap['ibusibuk-participation-change']).detail.participation.stage),
    );
    const el = provider.querySelector('ibusibuk-campaign')!;
    const root = shadow(el);

    const stage = () => root.querySelector<HTMLElement>('[part~="status"]')?.dataset.stage;
    const currentStep = () => [...root.querySelectorAll('.step')].findIndex((s) => s.getAttribute('aria-current') === 'step');
    const doneSteps = () => root.querySelectorAll('.step.done').length;
    const reach = (s: Stage) => until(() => stage() === s, WAIT, `stage ${s} (now ${stage()})`);
    let participationId = '';
    /** The officer's move, then her tap on "Cek status terbaru", as she would on her phone. */
    const officerDoes = async (resource: string, method: string, ...args: unknown[]) => {
      await officer(resource as 'participations', method as never, participationId, ...args);
      // The move may already have arrived by itself (the page follows the participation live).
      root.querySelector<HTMLButtonElement>('[data-action="refresh"]:not([disabled])')?.click();
    };

    // 1. Apply: the form of <ibusibuk-apply-form>.
    const form = await child(el, 'ibusibuk-apply-form');
    await find(form, 'form');
    await type(form, '#f-profile-name', 'Rina Marlina');
    await type(form, '#f-profile-whatsapp', '+6281234567890');
    await type(form, '#f-profile-city', 'Bandung');
    await type(form, '#f-profile-province', 'Jawa Barat');
    await choose(form, '#f-profile-socialAccounts-0-platform', 'tiktok');
    await type(form, '#f-profile-socialAccounts-0-handle', '@rina.bundasehat');
    await type(form, '#f-profile-socialAccounts-0-followers', '12500');
    await type(form, '#f-answers-whyMe', 'Si Kecil sering ruam popok, dan saya rutin berbagi tips perawatan kulit bayi di TikTok.');
    await type(form, '#f-answers-contentIdea', 'Video singkat rutinitas ganti popok malam hari dengan krim ruam, plus story tanya-jawab.');
    await tick(form, '#f-answers-eligibility-meetsRequirements');
    await tick(form, '#f-answers-eligibility-willFollowBrief');
    await tick(form, '#f-consent');
    await press(form, '[part="submit"]');
    await reach('applied');
    expect(currentStep()).to.equal(0);
    expect(root.querySelector('ibusibuk-apply-form')).to.be.null;
    expect(text(root.querySelector('[part~="status"]'))).to.contain('Pendaftaran Bunda sudah kami terima');
    const mine = await officer('participations', 'list', { campaignId: campaign.id });
    participationId = (mine.data as Participation[]).find((p) => p.application.profile.email === email)!.id;
    expect((mine.data as Participation[]).find((p) => p.id === participationId)!.application.attribution.source).to.equal('brand-site');

    // 2. Accepted: the brief, and her acknowledgement.
    await officerDoes('participations', 'accept');
    await reach('accepted');
    expect(currentStep()).to.equal(1);
    const briefRoot = await child(el, 'ibusibuk-brief');
    await press(briefRoot, '.ack-button');
    await reach('drafting');
    expect(currentStep()).to.equal(2);

    // 3. Draft v1: a photo and a caption with the brief's hashtags and mentions.
    const caption = `Malam ini si Kecil tidur nyenyak tanpa ruam. ${[...brief.hashtags, ...brief.mentions].join(' ')}`;
    let uploader = await child(el, 'ibusibuk-draft-uploader');
    await pick(uploader, '#files', [await photo('draft-1.png', '#f7a8c8')]);
    await type(uploader, '#caption', caption);
    await press(uploader, '[part="submit"]');
    await reach('in_review');
    expect(currentStep()).to.equal(2);
    expect(root.querySelector('[data-action="refresh"]')).to.exist;

    // 4. The officer asks for a revision; she resubmits from her last version.
    await officerDoes('drafts', 'requestRevision', { note: 'Tolong tampilkan kemasan krim lebih jelas di awal video, ya, Bun.' });
    await reach('revision_requested');
    expect(currentStep()).to.equal(3);
    uploader = await child(el, 'ibusibuk-draft-uploader');
    await until(() => text(uploader).includes('kemasan krim'), WAIT, 'the revision note in the uploader');
    await pick(uploader, '#files', [await photo('draft-2.png', '#7fbf8e')]);
    await type(uploader, '#caption', `${caption} Kemasan tampil di detik pertama.`);
    await press(uploader, '[part="submit"]');
    await reach('in_review');
    expect(currentStep(), 'a second review counts as the revision step').to.equal(3);

    // 5. Approved: she posts and gives the link.
    await officerDoes('drafts', 'approve');
    await reach('approved');
    expect(currentStep()).to.equal(4);
    let insight = await child(el, 'ibusibuk-insight-submitter');
    await type(insight, '#url', 'https://www.tiktok.com/@rina.bundasehat/video/7390000000000000001');
    await press(insight, '[part="submit"]');
    await reach('posted');
    expect(currentStep()).to.equal(5);

    // 6. Insight: every metric of every deliverable, and a screenshot.
    insight = await child(el, 'ibusibuk-insight-submitter');
    const fillMetrics = async (from: number) => {
      await find(insight, '[data-metric]');
      let n = from;
      for (const input of insight.querySelectorAll<HTMLInputElement>('[data-metric]')) {
        input.value = String(n);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        n += 37;
      }
    };
    await fillMetrics(1200);
    await pick(insight, '#screenshots', [await photo('insight.png', '#222244')]);
    await press(insight, '[part="submit"]');
    // Rising figures put likes above reach: she is asked, and says they are right.
    await press(insight, '#send-anyway');
    await reach('insight_review');
    expect(currentStep()).to.equal(5);

    // 7. The officer asks for a fix; she corrects the numbers and sends again.
    await officerDoes('insights', 'requestFix', { note: 'Angka views belum sesuai tangkapan layar, mohon dicek lagi.' });
    await reach('insight_revision_requested');
    insight = await child(el, 'ibusibuk-insight-submitter');
    await until(() => text(insight).includes('belum sesuai'), WAIT, 'the fix note in the insight submitter');
    await fillMetrics(1500);
    if (insight.querySelector<HTMLButtonElement>('[part="submit"]')?.disabled) {
      await pick(insight, '#screenshots', [await photo('insight-2.png', '#224422')]);
    }
    await press(insight, '[part="submit"]');
    await press(insight, '#send-anyway');
    await reach('insight_review');

    // 8. Approved insight, then the payout.
    await officerDoes('insights', 'approve');
    await reach('completed');
    expect(currentStep()).to.equal(6);
    expect(doneSteps()).to.equal(6);
    // She gave no tax id: the fee less PPh 21 at the no-NPWP rate.
    await officerDoes('payouts', 'record', { amount: computePayout({ fee: campaign.compensation.fee, hasNpwp: false }).net, reference: 'TRF-IBUSIBUK-0001' });
    await reach('paid');
    expect(doneSteps()).to.equal(7);
    expect(currentStep()).to.equal(-1);
    expect(text(root.querySelector('[part~="status"]'))).to.contain('Pembayaran sudah dikirim');
    insight = await child(el, 'ibusibuk-insight-submitter');
    await until(() => text(insight).replace(/\s/g, '').includes('Rp250.000'), WAIT, 'the payout amount');

    // Every step she made was announced to the page.
    expect(changes).to.include.members(['applied', 'drafting', 'in_review', 'posted', 'insight_review']);
    await expect(el).to.be.accessible();
  });
});
