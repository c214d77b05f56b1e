import { html, nothing, type TemplateResult } from 'lit';
import { deadlineOf, revisionsLeft, type Campaign, type Locale, type Participation } from '@ibusibuk/sdk/client';
import { deadlineMessages } from '../../internal/deadline.messages.js';
import { dueLine, teamWord, windowLine } from '../../internal/deadline.js';

/** Stages where the draft is with the team or back with her: how many more rounds there may be is worth knowing. */
const REVISION_STAGES = new Set(['in_review', 'revision_requested']);

/**
 * The status card's clock: what is due and by when (late or not), the posting window, the revisions
 * left, and what the team said on the last move (or that the system approved it).
 */
export function renderClock(campaign: Campaign, participation: Participation, now: Date, locale: Locale): TemplateResult {
  const t = deadlineMessages(locale);
  const deadline = deadlineOf(participation, campaign, now);
  const left = REVISION_STAGES.has(participation.stage) ? revisionsLeft(participation, campaign) : null;
  // Before the window opens, the post form below says when; here the window and the last day are enough.
  const showWindow = deadline?.kind === 'post';
  return html`<div class="clock" data-clock>
    ${showWindow ? windowLine(campaign, locale) : nothing}
    ${deadline ? dueLine(deadline, now, locale) : nothing}
    ${left !== null
      ? html`<p class="revisions-left" data-revisions-left>${t.revisionsLeft(left, campaign.rules.maxRevisionRounds)}</p>`
      : nothing}
    ${REVISION_STAGES.has(participation.stage) || participation.stage === 'insight_revision_requested'
      ? nothing
      : teamWord(participation, campaign, locale)}
  </div>`;
}
