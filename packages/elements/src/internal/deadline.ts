import { html, nothing, type TemplateResult } from 'lit';
import type { Campaign, Deadline, HistoryEntry, Locale, Participation, Stage } from '@ibusibuk/sdk';
import { deadlineMessages } from './deadline.messages.js';

// The campaign's clock as the KOL reads it: due dates in Jakarta time, lateness, the posting window,
// the team's notes and automatic approvals. The campaign and its stage elements render with these.

const BCP47: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
const ZONE = 'Asia/Jakarta';
const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
const format = (key: string, locale: Locale, options: Intl.DateTimeFormatOptions) => {
  let f = formats.get(`${key}:${locale}`);
  if (!f) formats.set(`${key}:${locale}`, (f = new Intl.DateTimeFormat(BCP47[locale], { ...options, timeZone: ZONE })));
  return f;
};

/** `Kamis, 18 Juni 2026 pukul 23.59 WIB` / `Thursday, 18 June 2026 at 23:59 WIB`. */
export function formatDue(iso: string, locale: Locale): string {
  const f = format('due', locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${f.format(new Date(iso))} ${deadlineMessages(locale).zone}`;
}

/** `Kamis, 18 Juni 2026`: a day, in Jakarta. */
export function formatDay(iso: string, locale: Locale): string {
  return format('day', locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** `16–23 Juni`, `26 Juni – 3 Juli`. */
export function formatWindow(start: string, end: string, locale: Locale): string {
  return format('window', locale, { day: 'numeric', month: 'long' }).formatRange(new Date(start), new Date(end));
}

/** Whole days past `dueAt`, at least one once it has passed. */
export const daysLate = (dueAt: string, now: Date): number => Math.max(1, Math.floor((now.getTime() - Date.parse(dueAt)) / DAY));

/** The "Terlambat 2 hari" mark. */
export const lateMark = (dueAt: string, now: Date, locale: Locale): TemplateResult =>
  html`<span class="chip late" data-late>${deadlineMessages(locale).late(daysLate(dueAt, now))}</span>`;

/** "Batas kirim draf: Kamis, 18 Juni 2026 pukul 23.59 WIB", and the lateness mark once it has passed (not for the team's review). */
export function dueLine(deadline: Deadline, now: Date, locale: Locale): TemplateResult {
  const t = deadlineMessages(locale);
  const late = deadline.overdue && deadline.kind !== 'review';
  return html`<p class="due" data-due=${deadline.kind}>
    <span>${t.line(t.due[deadline.kind], formatDue(deadline.dueAt, locale))}</span>
    ${late ? lateMark(deadline.dueAt, now, locale) : nothing}
  </p>`;
}

/** "Jendela unggah: 16–23 Juni". */
export function windowLine(campaign: Pick<Campaign, 'timeline'>, locale: Locale): TemplateResult {
  const t = deadlineMessages(locale);
  const { start, end } = campaign.timeline.postWindow;
  return html`<p class="due window" data-window>${t.line(t.window, formatWindow(start, end, locale))}</p>`;
}

/** Whether the posting window opens later than `now`. */
export const windowNotOpen = (campaign: Pick<Campaign, 'timeline'>, now: Date): boolean =>
  now.getTime() < Date.parse(campaign.timeline.postWindow.start);

/** The calm notice shown in place of a post form the server would refuse. */
export function windowNotOpenNotice(campaign: Pick<Campaign, 'timeline'>, locale: Locale): TemplateResult {
  const t = deadlineMessages(locale);
  const opens = formatDue(campaign.timeline.postWindow.start, locale);
  return html`<div class="notice window-closed" part="window-notice" data-window-closed>
    <strong>${t.windowClosedTitle}</strong>
    <p>${t.windowClosedBody(opens)}</p>
    ${windowLine(campaign, locale)}
  </div>`;
}

/** "Dikirim terlambat", on work the server marked late. */
export const sentLate = (work: { late?: boolean | undefined } | null | undefined, locale: Locale) =>
  work?.late ? html`<span class="chip late" data-sent-late>${deadlineMessages(locale).sentLate}</span>` : nothing;

/** The history entry that brought the participation into its current stage. */
export const entryInto = (p: Pick<Participation, 'history'>, stage: Stage): HistoryEntry | undefined =>
  [...p.history].reverse().find((h) => h.to === stage);

/**
 * What the team said on the move into the current stage (accepting, approving, rejecting), or that
 * the system approved because no one reviewed in time; nothing when neither.
 */
export function teamWord(p: Pick<Participation, 'history' | 'stage'>, campaign: Pick<Campaign, 'rules'> | null, locale: Locale) {
  const t = deadlineMessages(locale);
  const entry = entryInto(p, p.stage);
  if (!entry) return nothing;
  if (entry.actor.role === 'system') {
    return html`<p class="auto-approved" data-auto-approved>${t.autoApproved(campaign?.rules.reviewHours ?? 72)}</p>`;
  }
  if (entry.actor.role !== 'officer' || !entry.note) return nothing;
  return html`<blockquote class="note" data-team-note>
    <strong>${t.noteFromTeam}</strong>
    <p>${entry.note}</p>
  </blockquote>`;
}
