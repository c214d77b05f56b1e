// The baseline of benchmark 2: no framework, no SDK. Fetches the same campaign JSON the
// <ibusibuk-campaign> element fetches, with the same credential, and writes a card with
// innerHTML. first-card.mjs inlines this into a copy of the example brand page in place
// of the elements' script, with API_BASE, KEY and SLUG filled in.
const API_BASE = '%API_BASE%';
const KEY = '%KEY%';
const SLUG = '%SLUG%';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const rupiah = (n) => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n);
const PLATFORM = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', facebook: 'Facebook' };

const res = await fetch(`${API_BASE}/v1/campaigns/${encodeURIComponent(SLUG)}`, {
  headers: { authorization: `Bearer ${KEY}`, accept: 'application/json', 'accept-language': 'id' },
});
const c = await res.json();
const days = Math.max(0, Math.ceil((Date.parse(c.timeline.applyBy) - Date.now()) / 86_400_000));
const fee = c.compensation.type === 'barter' ? 'Barter produk' : rupiah(c.compensation.fee);
document.getElementById('ibusibuk-baseline').innerHTML = `
  <article style="background:#fff;border:1px solid #e7dfd0;border-radius:16px;overflow:hidden">
    ${c.coverUrl ? `<img src="${esc(c.coverUrl)}" alt="" style="display:block;width:100%;aspect-ratio:16/9;object-fit:cover">` : ''}
    <div style="padding:1.25rem">
      <p style="margin:0;color:#5b665f">${c.brand.logoUrl ? `<img src="${esc(c.brand.logoUrl)}" alt="" width="32" height="32" style="vertical-align:middle;border-radius:50%">` : ''}
        oleh ${esc(c.brand.name)}</p>
      <h2 style="margin:.5rem 0">${esc(c.title)}</h2>
      <p>${esc(c.summary)}</p>
      <ul style="display:flex;gap:.5rem;list-style:none;padding:0">${c.tags.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>
      <dl style="display:grid;grid-template-columns:repeat(3,1fr);gap:.75rem">
        <div><dt>Imbalan</dt><dd><strong>${esc(fee)}</strong></dd></div>
        <div><dt>Daftar sebelum</dt><dd><strong>${days} hari lagi</strong></dd></div>
        <div><dt>Slot</dt><dd><strong>${Math.max(0, c.slots - c.slotsFilled)} tersisa</strong></dd></div>
      </dl>
      <p>${c.platforms.map((p) => PLATFORM[p] ?? p).join(' · ')}</p>
      <button type="button" style="min-height:48px;padding:0 1.4rem;border-radius:999px;border:0;background:#2f6f4e;color:#fff;font-weight:700">Daftar sekarang</button>
    </div>
  </article>`;
