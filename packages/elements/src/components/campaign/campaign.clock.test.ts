// The campaign's clock as the KOL sees it, against the real server (its clock stands at SERVER_NOW):
// due dates in Jakarta time, lateness, revisions left, the posting window, the team's notes, automatic
// approvals, late work, and the team's moves arriving while the page is open.
import { expect, fixture, html } from '@open-wc/testing';
import { createClient, type Campaign, type Participation, type Stage } from '@ibusibuk/sdk';
import './campaign.js';
import '../provider/provider.js';
import '../draft-uploader/draft-uploader.js';
import type { IbuSibukCampaign } from './campaign.component.js';
import { PUBLISHABLE_KEY, SERVER_NOW, apiBase, officer, publicClient, signInKol } from '../../../test/fixtures.js';
import { $, shadow, text, until } from '../../../test/support/dom.js';

const TITLE = 'Cucian Bayi Wangi dan Lembut'; // applications close 11 June; draft due 18 June 10.00 WIB; window 21–28 June
const WAIT = 15_000;
const DAY = 86_400_000;
const ACCEPT_NOTE = 'Profil Bunda pas sekali untuk kampanye ini. Selamat bergabung!';
const APPROVE_NOTE = 'Bagus sekali! Silakan diunggah sesuai jadwal, ya.';

/** Text with Intl's no-break and narrow spaces folded to plain ones. */
const plain = (node: Element | ShadowRoot | null | undefined) => text(node).replace(/[\u00a0\u202f\u2009]/g, ' ');

async function png(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  canvas.getContext('2d')!.fillRect(0, 0, 64, 48);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'draf.png', { type: 'image/png' });
}

/** A new KOL applies to the seeded campaign; she and the officer then move it to `stage`. */
async function journey(stage: Stage) {
  const { token } = await signInKol();
  const kol = createClient({ baseUrl: apiBase(), sessionToken: token });
  const campaign = (await publicClient().campaigns.list({ limit: 100 })).data.find((c) => c.title === TITLE)!;
  let p = await kol.applications.create(campaign.id, {
    profile: {
      name: 'Dewi Lestari',
      whatsapp: '+6281298765432',
      city: 'Depok',
      province: 'Jawa Barat',
      socialAccounts: [{ platform: 'tiktok', handle: '@dewi.bunda', followers: 8_000 }],
      children: [{ birthYear: 2025, birthMonth: 9 }],
      niches: ['parenting'],
    },
    answers: {
      whyMe: 'Saya rutin berbagi rutinitas mencuci baju si kecil di TikTok.',
      contentIdea: 'Video singkat mencuci baju bayi dengan deterjen yang lembut.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
  });
  if (stage === 'applied') return { token, kol, campaign, participation: p };
  p = await officer('participations', 'accept', p.id, { note: ACCEPT_NOTE });
  if (stage === 'accepted') return { token, kol, campaign, participation: p };
  p = await kol.participations.acknowledgeBrief(p.id);
  const brief = await kol.campaigns.brief(campaign.id);
  const upload = await kol.uploads.create(await png());
  p = await kol.drafts.submit(p.id, { caption: `Cucian wangi. ${[...brief.hashtags, ...brief.mentions].join(' ')}`, mediaIds: [upload.id] });
  if (stage === 'in_review') return { token, kol, campaign, participation: p };
  if (stage === 'revision_requested') {
    p = await officer('drafts', 'requestRevision', p.id, { note: 'Tolong tampilkan kemasan di awal video, ya.' });
    return { token, kol, campaign, participation: p };
  }
  p = await officer('drafts', 'approve', p.id, { note: APPROVE_NOTE });
  return { token, kol, campaign, participation: p as Participation };
}

/** Her page, connected to the server as hers, measured against `now`. */
async function mount(token: string, campaign: Campaign, locale: 'id' | 'en' = 'id', now = SERVER_NOW) {
  const provider = await fixture(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
    <ibusibuk-campaign locale=${locale} campaign=${campaign.slug} .now=${now}></ibusibuk-campaign>
  </ibusibuk-provider>`);
  const el = provider.querySelector<IbuSibukCampaign>('ibusibuk-campaign')!;
  await until(() => $(el, '[part~="status"]'), WAIT, 'the status card');
  return el;
}

const status = (el: IbuSibukCampaign) => plain($(el, '[part~="status"]'));

async function child(el: IbuSibukCampaign, tag: string): Promise<ShadowRoot> {
  await until(() => shadow(el).querySelector(tag)?.shadowRoot?.querySelector('.header, .ack, [part~="acknowledge"], h2'), WAIT, `<${tag}>`);
  return shadow(shadow(el).querySelector(tag)!);
}

describe('<ibusibuk-campaign> on the campaign’s clock', function () {
  this.timeout(60_000);

  it('shows when the draft is due, in Jakarta time, and the team’s note on accepting her', async () => {
    const { token, campaign } = await journey('accepted');
    const el = await mount(token, campaign);
    expect(status(el)).to.contain('Batas kirim draf: Kamis, 18 Juni 2026 pukul 10.00 WIB');
    expect(status(el)).to.contain('Catatan dari tim');
    expect(status(el)).to.contain(ACCEPT_NOTE);
    expect($(el, '[data-late]')).to.be.null;
    const brief = await child(el, 'ibusibuk-brief');
    await until(() => plain(brief).includes('Batas kirim draf: Kamis, 18 Juni 2026'), WAIT, 'the due date in the brief');
    await expect(el).to.be.accessible();
  });

  it('says the same in English', async () => {
    const { token, campaign } = await journey('accepted');
    const el = await mount(token, campaign, 'en');
    await until(() => status(el).includes('Draft due'), WAIT, 'English');
    expect(status(el)).to.contain('Draft due: Thursday, 18 June 2026 at 10:00 WIB');
    expect(status(el)).to.contain('Note from the team');
    expect(status(el)).to.contain(ACCEPT_NOTE);
  });

  it('marks the draft late, in days, once its due date has passed, in both languages', async () => {
    const { token, campaign } = await journey('accepted');
    const twoDaysLate = new Date(Date.parse(campaign.timeline.draftDue) + 2 * DAY + 3_600_000);
    const el = await mount(token, campaign, 'id', twoDaysLate);
    expect(plain($(el, '[part~="status"] [data-late]'))).to.equal('Terlambat 2 hari');
    el.locale = 'en';
    await until(() => plain($(el, '[part~="status"] [data-late]')) === '2 days late', WAIT, '“2 days late”');
    await expect(el).to.be.accessible();
  });

  it('says how many revisions are left while the draft is in review or sent back', async () => {
    const inReview = await journey('in_review');
    let el = await mount(inReview.token, inReview.campaign);
    expect(status(el)).to.contain('Revisi tersisa 2 dari 2');
    expect(status(el)).to.contain('Tim meninjau paling lambat');

    const back = await journey('revision_requested');
    el = await mount(back.token, back.campaign, 'en');
    await until(() => status(el).includes('1 of 2 revisions left'), WAIT, '“1 of 2 revisions left”');
    const uploader = await child(el, 'ibusibuk-draft-uploader');
    await until(() => plain(uploader.querySelector('[data-revisions-left]')) === '1 of 2 revisions left', WAIT, 'the count in the uploader');
    expect(plain(uploader)).to.contain('Draft due: Thursday, 18 June 2026 at 10:00 WIB');
  });

  it('shows the posting window and, before it opens, a calm explanation instead of the post form', async () => {
    const { token, campaign } = await journey('approved');
    const el = await mount(token, campaign);
    expect(status(el)).to.contain('Jendela unggah: 21–28 Juni');
    expect(status(el)).to.contain(APPROVE_NOTE);
    const submitter = await child(el, 'ibusibuk-insight-submitter');
    await until(() => submitter.querySelector('[data-window-closed]'), WAIT, 'the window notice');
    expect(plain(submitter.querySelector('[data-window-closed]'))).to.contain('Jendela unggah belum dibuka');
    expect(plain(submitter.querySelector('[data-window-closed]'))).to.contain('mulai Minggu, 21 Juni 2026 pukul 10.00 WIB');
    expect(submitter.querySelector('#url')).to.be.null;
    await expect(el).to.be.accessible();

    el.locale = 'en';
    await until(() => plain(submitter).includes('The posting window is not open yet'), WAIT, 'English');
    expect(status(el)).to.contain('Posting window: 21 – 28 June');

    el.now = new Date(Date.parse(campaign.timeline.postWindow.start) + 3_600_000);
    await until(() => submitter.querySelector('#url'), WAIT, 'the post form once the window is open');
    expect(submitter.querySelector('[data-window-closed]')).to.be.null;
  });

  it('shows an automatic approval as such, and work sent late as late', async () => {
    const { campaign, participation } = await journey('approved');
    // The same participation as the server writes it when nobody reviewed in time, and its draft sent late.
    const auto: Participation = {
      ...participation,
      drafts: participation.drafts.map((d) => ({ ...d, late: true, feedback: null })),
      history: participation.history.map((h, i, all) =>
        i === all.length - 1 ? { ...h, actor: { role: 'system', id: 'auto-approval' }, note: null } : h,
      ),
    };
    const el = await fixture<IbuSibukCampaign>(html`<ibusibuk-campaign
      .campaign=${campaign}
      .participation=${auto}
      .brief=${null}
      .now=${SERVER_NOW}
    ></ibusibuk-campaign>`);
    expect(status(el)).to.contain('Disetujui otomatis karena belum ditinjau dalam 72 jam');
    expect($(el, '[data-team-note]')).to.be.null;
    await expect(el).to.be.accessible();

    const uploader = await fixture(html`<ibusibuk-draft-uploader
      locale="en"
      .campaign=${campaign}
      .participation=${auto}
      .brief=${null}
      .now=${SERVER_NOW}
    ></ibusibuk-draft-uploader>`);
    await until(() => uploader.shadowRoot?.querySelector('[data-sent-late]'), WAIT, 'the late mark');
    expect(plain(uploader.shadowRoot!.querySelector('[data-sent-late]'))).to.equal('Sent late');
    expect(plain(uploader.shadowRoot!.querySelector('[data-auto-approved]'))).to.equal('Approved automatically: not reviewed within 72 hours');
  });

  it('follows the team’s move while open: the officer accepts in Node and the page changes by itself, slots included', async () => {
    const { token, campaign, participation } = await journey('applied');
    const el = await mount(token, campaign);
    const slotsLeft = () => Number(/Sisa (\d+) slot/.exec(plain($(el, '[part~="facts"]')))?.[1]);
    const before = slotsLeft();
    expect(status(el)).to.contain('Pendaftaran Bunda sudah kami terima');
    const changed = new Promise<Participation>((resolve) =>
      el.addEventListener('ibusibuk-participation-change', (e) => resolve(e.detail.participation), { once: true }),
    );

    await officer('participations', 'accept', participation.id, { note: ACCEPT_NOTE });
    await until(() => $(el, '[part~="status"]')?.dataset.stage === 'accepted', WAIT, 'the accepted stage, without a reload');
    expect((await changed).stage).to.equal('accepted');
    expect(status(el)).to.contain(ACCEPT_NOTE);
    expect(status(el)).to.contain('Batas kirim draf');
    await until(() => slotsLeft() === before - 1, WAIT, 'one slot fewer');
    expect(plain($(el, '[role="status"][aria-live]'))).to.contain('Status terbaru');
  });
});
