import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient, type Brief, type Campaign, type IbuSibukClient, type Participation, type Stage } from '@ibusibuk/sdk';
import { apiBase, officer, PUBLISHABLE_KEY, publicClient, signInKol } from '../../../test/fixtures.js';
import { demoBrief, demoCampaign, participationAt } from '../campaign/campaign.fixtures.js';
import '../provider/provider.js';
import './draft-uploader.js';
import type { IbuSibukDraftUploader } from './draft-uploader.component.js';
import { $, $$, until } from '../../../test/support/dom.js';

// — real media bytes (the server checks magic numbers) —

async function png(width = 320, height = 240, hue = 330): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `hsl(${hue} 80% 85%)`);
  gradient.addColorStop(1, `hsl(${(hue + 40) % 360} 70% 70%)`);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = 'white';
  ctx.beginPath();
  ctx.arc(width / 2, height / 2, height / 4, 0, Math.PI * 2);
  ctx.fill();
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
}

/** A small MP4: an `ftyp` box (isom) then `size` bytes of payload in an `mdat` box. */
function mp4(size = 64 * 1024): Blob {
  const bytes = new Uint8Array(32 + size);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((ch, i) => (bytes[at + i] = ch.charCodeAt(0)));
  view.setUint32(0, 24);
  ascii(4, 'ftyp');
  ascii(8, 'isom');
  view.setUint32(12, 0x200);
  ascii(16, 'isom');
  ascii(20, 'mp42');
  view.setUint32(24, 8 + size);
  ascii(28, 'mdat');
  return new Blob([bytes], { type: 'video/mp4' });
}

const file = (blob: Blob, name: string) => new File([blob], name, { type: blob.type });

// — a participation brought to a stage through the real API —

const CHILD_BORN = { birthYear: 2025, birthMonth: 9 }; // 8 months old on the server's fixed clock (June 2026)

function application() {
  return {
    profile: {
      name: 'Sari Wulandari',
      whatsapp: '+6281234567890',
      city: 'Jakarta Selatan',
      province: 'DKI Jakarta',
      socialAccounts: [
        { platform: 'instagram' as const, handle: '@sari.bunda', followers: 15_000 },
        { platform: 'tiktok' as const, handle: '@sari.bunda', followers: 9_000 },
        { platform: 'facebook' as const, handle: 'sari.bunda', followers: 7_000 },
        { platform: 'youtube' as const, handle: '@saribunda', followers: 12_000 },
      ],
      children: [CHILD_BORN],
      niches: ['parenting', 'mpasi'],
    },
    answers: {
      whyMe: 'Saya rutin berbagi keseharian mengasuh si kecil dan resep MPASI di media sosial.',
      contentIdea: 'Video singkat rutinitas pagi bersama si kecil memakai produk ini, jujur dan hangat.',
      eligibility: { meetsRequirements: true as const, willFollowBrief: true as const },
    },
    consent: true as const,
  };
}

interface Journey {
  token: string;
  kol: IbuSibukClient;
  campaign: Campaign;
  brief: Brief;
  participation: Participation;
}

/** A fresh KOL applies to the seeded campaign `title`; officer and KOL then move it to `stage`. */
async function journey(title: string, stage: Stage): Promise<Journey> {
  const { token } = await signInKol();
  const kol = createClient({ baseUrl: apiBase(), sessionToken: token });
  const campaign = (await publicClient().campaigns.list({ limit: 100 })).data.find((c) => c.title === title);
  if (!campaign) throw new Error(`no seeded campaign "${title}"`);
  let p = await kol.applications.create(campaign.id, application());
  p = await officer('participations', 'accept', p.id, {});
  const brief = await kol.campaigns.brief(campaign.id);
  if (stage === 'accepted') return { token, kol, campaign, brief, participation: p };
  p = await kol.participations.acknowledgeBrief(p.id);
  if (stage === 'drafting') return { token, kol, campaign, brief, participation: p };
  const upload = await kol.uploads.create(file(await png(), 'draf-1.png'));
  const caption = `Pagi ceria bersama si kecil. ${[...brief.hashtags, ...brief.mentions].join(' ')}`;
  p = await kol.drafts.submit(p.id, { caption, mediaIds: [upload.id], note: 'Versi pertama, Kak.' });
  if (stage === 'revision_requested') {
    p = await officer('drafts', 'requestRevision', p.id, { note: 'Kemasan produk belum terlihat jelas. Tolong tampilkan di 3 detik pertama, ya.' });
  }
  return { token, kol, campaign, brief, participation: p };
}

const TITLE = 'Cucian Bayi Wangi dan Lembut'; // TikTok video; #BundaWangi #CucianBayi #IbuSibuk @bundawangi.official

async function mount(token: string, participationId: string, locale: 'id' | 'en' = 'id') {
  const wrapper = await fixture<HTMLElement>(html`<ibusibuk-provider
    api-base=${apiBase()}
    publishable-key=${PUBLISHABLE_KEY}
    session-token=${token}
    locale=${locale}
  >
    <ibusibuk-draft-uploader participation-id=${participationId}></ibusibuk-draft-uploader>
  </ibusibuk-provider>`);
  const el = wrapper.querySelector('ibusibuk-draft-uploader')!;
  await until(() => el.shadowRoot?.querySelector('.header'), 8000, 'the draft uploader to load');
  return el;
}


function pick(el: IbuSibukDraftUploader, files: File[], input = '#files'): void {
  const target = $<HTMLInputElement>(el, input)!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  target.files = transfer.files;
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(el: IbuSibukDraftUploader, selector: string, value: string): void {
  const field = $<HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const statuses = (el: IbuSibukDraftUploader) => $$(el, '.upload').map((li) => li.dataset.status);

describe('<ibusibuk-draft-uploader>', () => {
  describe('connected to the real server', () => {
    it('uploads two photos and a video with visible progress and sends the draft for review', async () => {
      const { token, participation, brief } = await journey(TITLE, 'drafting');
      const el = await mount(token, participation.id);
      expect($(el, '.title')!.textContent).to.equal('Draf konten');
      await expect(el).to.be.accessible();

      const completed: string[] = [];
      el.addEventListener('ibusibuk-upload-complete', (e) => completed.push(e.detail.upload.id));
      pick(el, [file(await png(640, 480, 330), 'pagi-1.png'), file(await png(640, 480, 200), 'pagi-2.png'), file(mp4(2 * 1024 * 1024), 'video-mandi.mp4')]);
      await el.updateComplete;

      // Every file shows a progress bar while it waits or uploads.
      expect($$(el, 'progress[part="progress"]').length).to.equal(3);
      expect($$(el, '.upload img.thumb').length).to.equal(2);
      expect($$(el, '.upload video').length).to.equal(1);
      expect($(el, 'button[part="submit"]')!.hasAttribute('disabled')).to.equal(true);

      await until(() => statuses(el).every((s) => s === 'done'), 15_000, 'every upload to finish');
      expect(completed).to.have.length(3);
      expect($$(el, 'progress').length).to.equal(0);
      expect($$(el, '.status.ok').length).to.equal(3);

      type(el, '#caption', `Wangi cucian si kecil awet seharian!\n\n${[...brief.hashtags, ...brief.mentions].join(' ')}`);
      await el.updateComplete;
      const submit = $<HTMLButtonElement>(el, 'button[part="submit"]')!;
      expect(submit.disabled).to.equal(false);

      const changed = oneEvent(el, 'ibusibuk-participation-change');
      const submitted = oneEvent(el, 'ibusibuk-draft-submit');
      submit.click();
      const { detail } = await submitted;
      expect(detail.participation.stage).to.equal('in_review');
      expect(detail.participation.drafts[0]!.mediaIds).to.have.members(completed);
      expect((await changed).detail.participation.stage).to.equal('in_review');
      await el.updateComplete;

      expect($(el, '#status-title')!.textContent).to.equal('Draf sedang ditinjau oleh Project Officer');
      expect(el.shadowRoot!.activeElement?.id).to.equal('status-title');
      expect($(el, 'form')).to.equal(null);
      expect($(el, '.caption-full')!.textContent).to.contain('Wangi cucian');
      await expect(el).to.be.accessible();

      const fresh = await createClient({ baseUrl: apiBase(), sessionToken: token }).participations.get(participation.id);
      expect(fresh.stage).to.equal('in_review');
    });

    it('cancels an upload in flight and uploads it again on retry', async () => {
      const { token, participation } = await journey(TITLE, 'drafting');
      const el = await mount(token, participation.id);
      pick(el, [file(mp4(48 * 1024 * 1024), 'video-besar.mp4')]);
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal(['uploading']);

      $<HTMLButtonElement>(el, '.upload-actions button[aria-label^="Batalkan"]')!.click();
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal(['cancelled']);
      expect($(el, '.upload .status')!.textContent).to.contain('Unggahan dibatalkan');
      expect($<HTMLButtonElement>(el, 'button[part="submit"]')!.disabled).to.equal(true);

      $<HTMLButtonElement>(el, '.upload-actions button[aria-label^="Coba lagi"]')!.click();
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal(['uploading']);
      await until(() => statuses(el)[0] === 'done', 20_000, 'the retried upload to finish');

      $<HTMLButtonElement>(el, '.upload-actions button[aria-label^="Hapus"]')!.click();
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal([]);
    });

    it('shows the officer’s revision feedback at the top and in the version history', async () => {
      const { token, participation } = await journey(TITLE, 'revision_requested');
      const el = await mount(token, participation.id);
      const notice = $(el, '[part="revision-notice"]')!;
      expect(notice.textContent).to.contain('Project Officer meminta revisi');
      expect(notice.textContent).to.contain('Kemasan produk belum terlihat jelas');
      expect($(el, '.title')!.textContent).to.equal('Revisi draf (versi 2)');

      const v1 = $(el, '.history li[data-version="1"]')!;
      expect(v1.textContent).to.contain('Versi 1');
      expect(v1.textContent).to.contain('Perlu revisi');
      expect(v1.querySelector('[part="feedback"]')!.textContent).to.contain('Kemasan produk belum terlihat jelas');

      // The revision starts from version 1: its caption and its media, already uploaded.
      expect($<HTMLTextAreaElement>(el, '#caption')!.value).to.contain('Pagi ceria');
      expect(statuses(el)).to.deep.equal(['done']);
      await until(() => $(el, '.upload img.thumb'), 5000, 'the earlier photo to preview from its signed URL');
      expect($(el, 'button[part="submit"]')!.textContent!.trim()).to.equal('Kirim revisi');
      await expect(el).to.be.accessible();

      const submitted = oneEvent(el, 'ibusibuk-draft-submit');
      $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
      const { detail } = await submitted;
      expect(detail.participation.stage).to.equal('in_review');
      expect(detail.participation.drafts).to.have.length(2);
    });

    it('shows the revision in English', async () => {
      const { token, participation } = await journey(TITLE, 'revision_requested');
      const el = await mount(token, participation.id, 'en');
      expect($(el, '[part="revision-notice"]')!.textContent).to.contain('The Project Officer asked for a revision');
      expect($(el, '.history li[data-version="1"]')!.textContent).to.contain('Version 1');
      expect($(el, 'button[part="submit"]')!.textContent!.trim()).to.equal('Send revision');
      await expect(el).to.be.accessible();
    });

    it('shows a load error with a retry button for a participation that is not hers', async () => {
      const { token } = await signInKol();
      const el = await fixture<HTMLElement>(html`<ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} session-token=${token}>
        <ibusibuk-draft-uploader participation-id="par_doesNotExist01"></ibusibuk-draft-uploader>
      </ibusibuk-provider>`);
      const uploader = el.querySelector('ibusibuk-draft-uploader')!;
      await until(() => uploader.shadowRoot?.querySelector('.notice.error'), 8000, 'the error');
      expect($(uploader, '.notice.error button')!.textContent!.trim()).to.equal('Coba lagi');
      await expect(uploader).to.be.accessible();
    });
  });

  describe('controlled', () => {
    const campaign = demoCampaign(); // Instagram Reels + Stories and a TikTok video
    const brief = demoBrief(campaign); // #SiKecilOrganik #MPASIPertama @sikecilorganik

    async function controlled(stage: Stage, locale: 'id' | 'en' = 'id') {
      const el = await fixture<IbuSibukDraftUploader>(html`<ibusibuk-draft-uploader
        locale=${locale}
        .participation=${participationAt(stage, campaign)}
        .campaign=${campaign}
        .brief=${brief}
      ></ibusibuk-draft-uploader>`);
      await until(() => $(el, '.header'), 2000, 'render');
      return el;
    }

    it('lists missing hashtags and mentions and adds them with one tap', async () => {
      const el = await controlled('drafting');
      type(el, '#caption', 'Suapan pertama si kecil #mpasipertama');
      await el.updateComplete;
      const missing = () => $$(el, '.tag.missing').map((li) => li.dataset.tag);
      // Hashtags match whatever their case.
      expect(missing()).to.deep.equal(['#SiKecilOrganik', '@sikecilorganik']);
      expect($(el, '.checklist-summary')!.textContent).to.contain('Masih ada 2');
      expect($(el, '.blockers')!.textContent).to.contain('Cantumkan semua tagar dan mention wajib');

      $<HTMLButtonElement>(el, '.tag.missing button[aria-label="Tambah #SiKecilOrganik ke caption"]')!.click();
      await el.updateComplete;
      expect(missing()).to.deep.equal(['@sikecilorganik']);
      expect($<HTMLTextAreaElement>(el, '#caption')!.value).to.equal('Suapan pertama si kecil #mpasipertama\n\n#SiKecilOrganik');
      expect(el.shadowRoot!.activeElement?.id).to.equal('caption');

      $<HTMLButtonElement>(el, '.tag.missing button')!.click();
      await el.updateComplete;
      expect(missing()).to.deep.equal([]);
      expect($<HTMLTextAreaElement>(el, '#caption')!.value).to.equal('Suapan pertama si kecil #mpasipertama\n\n#SiKecilOrganik @sikecilorganik');
      expect($(el, '.checklist-summary')!.textContent).to.contain('Semua tagar dan mention wajib sudah ada');
      await expect(el).to.be.accessible();
    });

    it('does not count a mention inside an email or a longer handle', async () => {
      const el = await controlled('drafting');
      type(el, '#caption', 'tanya ke halo@sikecilorganik atau @sikecilorganik_official #SiKecilOrganikku');
      await el.updateComplete;
      expect($$(el, '.tag.missing').map((li) => li.dataset.tag)).to.deep.equal(['#SiKecilOrganik', '#MPASIPertama', '@sikecilorganik']);
    });

    it('counts characters against the tightest platform limit and blocks an over-long caption', async () => {
      const el = await controlled('drafting');
      type(el, '#caption', 'a'.repeat(120));
      await el.updateComplete;
      expect($(el, '[part="counter"]')!.textContent!.trim()).to.equal('120 / 2.200');
      expect($(el, '.counter-row .hint')!.textContent).to.equal('Batas Instagram dan TikTok: 2.200 karakter.');

      type(el, '#caption', `${'a'.repeat(2250)} #SiKecilOrganik #MPASIPertama @sikecilorganik`);
      await el.updateComplete;
      expect($(el, '[part="counter"]')!.classList.contains('over')).to.equal(true);
      expect($(el, '.caption-field .field-error')!.textContent).to.contain('Caption kelebihan');
      expect($<HTMLTextAreaElement>(el, '#caption')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '.blockers')!.textContent).to.contain('Persingkat caption');
    });

    it('counts in English with English number formatting', async () => {
      const el = await controlled('drafting', 'en');
      type(el, '#caption', 'b'.repeat(1500));
      await el.updateComplete;
      expect($(el, '[part="counter"]')!.textContent!.trim()).to.equal('1,500 / 2,200');
      expect($(el, '.counter-row .hint')!.textContent).to.equal('Instagram and TikTok limit: 2,200 characters.');
      expect($(el, '.title')!.textContent).to.equal('Content draft');
      await expect(el).to.be.accessible();
    });

    it('refuses files that are too big or not photos or videos, saying why', async () => {
      const el = await controlled('drafting');
      const bigPhoto = new File([new Uint8Array(21 * 1024 * 1024)], 'foto-besar.jpg', { type: 'image/jpeg' });
      const pdf = new File(['%PDF-1.4'], 'brief.pdf', { type: 'application/pdf' });
      pick(el, [bigPhoto, pdf]);
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal(['invalid', 'invalid']);
      const [first, second] = $$(el, '.upload .status.bad').map((s) => s.textContent!.trim());
      expect(first).to.equal('Foto lebih dari 20 MB. Kecilkan dulu ukurannya, lalu pilih lagi.');
      expect(second).to.equal('Jenis file ini tidak bisa diunggah. Pilih file foto atau video.');
      expect($$(el, '.upload-actions button').map((b) => b.textContent!.trim())).to.deep.equal(['Hapus', 'Hapus']);
    });

    it('says a text file named .png is not really a photo and offers no retry that cannot succeed (en too)', async () => {
      const { token, participation } = await journey(TITLE, 'drafting');
      for (const locale of ['id', 'en'] as const) {
        const el = await mount(token, participation.id, locale);
        pick(el, [new File(['bukan gambar'], `foto-${locale}.png`, { type: 'image/png' })]);
        await until(() => $(el, '.upload[data-status="invalid"]'), 8000, 'the refusal');
        expect($(el, '.upload .status.bad')!.textContent!.trim()).to.equal(
          locale === 'id'
            ? '“foto-id.png” bukan foto atau video sungguhan, walau namanya seperti itu. Pilih file foto atau video aslinya.'
            : '“foto-en.png” is not really a photo or video, though its name says so. Choose the real file.',
        );
        expect($$(el, '.upload-actions button').map((b) => b.textContent!.trim())).to.deep.equal([locale === 'id' ? 'Hapus' : 'Remove']);
      }
    });

    it('offers the gallery, the camera and a drop zone', async () => {
      const el = await controlled('drafting');
      const files = $<HTMLInputElement>(el, '#files')!;
      const camera = $<HTMLInputElement>(el, '#camera')!;
      expect(files.accept).to.equal('image/*,video/*');
      expect(files.multiple).to.equal(true);
      expect(camera.getAttribute('capture')).to.equal('environment');
      const dropped = new DataTransfer();
      dropped.items.add(new File(['x'], 'catatan.txt', { type: 'text/plain' }));
      $(el, '[part="dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal(['invalid']);
    });

    it('is read-only while the draft is in review, in both languages', async () => {
      for (const [locale, title] of [
        ['id', 'Draf sedang ditinjau oleh Project Officer'],
        ['en', 'Your draft is being reviewed by the Project Officer'],
      ] as const) {
        const el = await controlled('in_review', locale);
        expect($(el, '#status-title')!.textContent).to.equal(title);
        expect($(el, 'form')).to.equal(null);
        expect($(el, '.caption-full')!.textContent).to.contain('MPASI pertama si Kecil!');
        expect($(el, '[part="history"]')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('only opens the form when the lifecycle lets the KOL submit a draft', async () => {
      for (const stage of ['accepted', 'approved', 'posted'] as const) {
        const el = await controlled(stage);
        expect($(el, 'form'), stage).to.equal(null);
        expect($(el, '[part="status-panel"]'), stage).not.to.equal(null);
      }
      expect($(await controlled('drafting'), 'form')).not.to.equal(null);
      expect($(await controlled('revision_requested'), 'form')).not.to.equal(null);
    });
  });
});
