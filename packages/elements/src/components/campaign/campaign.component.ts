import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus } from '@lit/task';
import { Campaigns, Participations, STAGES, STEPS, isWaitingOn, nextActions, opensBrief, stagesIn, type Brief, type Campaign, type Participation, type Stage } from '@ibusibuk/sdk/client';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError, isAbort } from '../../internal/errors.js';
import { daysUntil, formatDate, formatRupiah, prepareFormats } from '../../internal/format.js';
import { feeTax, feeTaxStyles } from '../../internal/fee-tax.js';
import { afterPaint } from '../../internal/paint.js';
import { hydrates, readServerData } from '../../internal/server-data.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { styles } from './campaign.styles.js';
import { messages } from './campaign.messages.js';
import { stepPosition } from './campaign.steps.js';
import { renderClock } from './campaign.deadlines.js';
import { renderDetails } from './campaign.details.js';
import { LiveParticipation, sameVersion } from './campaign.live.js';
import { FocusAfterSignIn } from '../sign-in/sign-in.focus.js';
import { deadlineStyles } from '../../styles/deadline.styles.js';

/** The child elements a stage may need, loaded only when it is reached (each is its own chunk). */
const CHILDREN = {
  'ibusibuk-sign-in': () => import('../sign-in/sign-in.js'),
  'ibusibuk-apply-form': () => import('../apply-form/apply-form.js'),
  'ibusibuk-brief': () => import('../brief/brief.js'),
  'ibusibuk-draft-uploader': () => import('../draft-uploader/draft-uploader.js'),
  'ibusibuk-insight-submitter': () => import('../insight-submitter/insight-submitter.js'),
} as const;
type ChildTag = keyof typeof CHILDREN;

/** Stages whose step is the content draft, and those from its approval to the payout. */
const DRAFT_STAGES: ReadonlySet<Stage> = new Set(stagesIn('content'));
const POST_STAGES: ReadonlySet<Stage> = new Set(stagesIn('publication', 'insight', 'payment'));

/** The element a stage shows (besides the folded brief), or null for a status alone. */
function stageElement(stage: Stage): ChildTag | null {
  if (stage === 'accepted') return 'ibusibuk-brief';
  if (DRAFT_STAGES.has(stage)) return 'ibusibuk-draft-uploader';
  if (POST_STAGES.has(stage)) return 'ibusibuk-insight-submitter';
  return null;
}

/**
 * One campaign's page: cover, brand, title, reward, slots, deadline, deliverables,
 * requirements, timeline and the Markdown description; and for the signed-in KOL,
 * a stepper showing where she stands and whatever her current stage needs, from
 * signing in and applying to the payout. It refreshes itself after every step.
 *
 * Connected: inside `<ibusibuk-provider>`, give `campaign="cmp_…"` or a slug.
 * Controlled: set the `campaign` (and `participation`) properties; nothing is fetched.
 *
 * @tag ibusibuk-campaign
 * @event ibusibuk-participation-change - The KOL's participation changed stage (bubbles out from the child elements too; also fired here after a withdrawal, and when the team's move arrives while the page is open). `detail: { participation }`.
 * @event ibusibuk-error-show - Loading or a move failed; the element shows it too. `detail: { code, message, requestId }`.
 * @csspart cover - The cover image.
 * @csspart header - Brand, title and summary.
 * @csspart title - The campaign's title.
 * @csspart facts - The reward, slots and deadline card.
 * @csspart apply-link - The "Daftar sekarang" link to the application section.
 * @csspart details - Deliverables, requirements and timeline.
 * @csspart description - The rendered Markdown description.
 * @csspart journey - The KOL's section: her progress card and the current step's element.
 * @csspart progress - The card with the stepper and the status.
 * @csspart stepper - The list of steps.
 * @csspart status - The card saying what happens now.
 * @csspart button - Buttons drawn by this element (not its children's).
 * @cssprop --ibusibuk-color-primary - Accent colour (buttons, current step).
 * @cssprop --ibusibuk-color-surface - Card background.
 * @cssprop --ibusibuk-radius - Corner radius of cards and the cover.
 * @cssprop --ibusibuk-campaign-cover-ratio - Aspect ratio of the cover image (default 16 / 9).
 */
export class IbuSibukCampaign extends IbuSibukElement {
  static override styles = [tokens, controls, deadlineStyles, feeTaxStyles, styles];

  /**
   * The campaign: its id (`cmp_…`) or slug as an attribute (fetched through the provider),
   * or a `Campaign` object as a property (controlled, nothing fetched).
   */
  @property() campaign?: Campaign | string;

  /**
   * The KOL's participation in this campaign. Leave unset to have it looked up for the
   * signed-in KOL; set it (or `null` for "not applied yet") to control the element.
   */
  @property({ attribute: false }) participation?: Participation | null;

  /** The campaign's brief, when controlled; otherwise fetched once she is accepted. */
  @property({ attribute: false }) brief?: Brief | null;

  /** The time due dates are measured against; the device's clock by default. */
  @property({ attribute: false }) now?: Date;

  /** Where this page sits, kept with the application (e.g. `brand-site`, `orami-article:mpasi`). */
  @property() source = '';

  /** The participation shown: from the property, the lookup, or the last child event. */
  @state() private _participation: Participation | null | undefined;
  @state() private _confirmWithdraw = false;
  @state() private _withdrawing = false;
  @state() private _withdrawError = '';
  @state() private _refreshing = false;
  @state() private _announcement = '';

  @query('#status-title') private _statusTitle?: HTMLElement | null;
  @query('#withdraw-keep') private _withdrawKeep?: HTMLButtonElement | null;
  @query('#withdraw') private _withdrawButton?: HTMLButtonElement | null;

  /**
   * The campaign its server-rendered HTML was made from (packages/server/src/embed/), taken by the
   * first fetch instead of asking again.
   */
  private _serverCampaign?: Campaign;
  private _serverCampaignTaken = false;
  /** This element's HTML came from a server: the apply link shows while her participation is looked up, as it did there. */
  private _serverRendered = isServer;
  /**
   * The next render must be the server's: hydration (`@lit-labs/ssr-client`) adopts the DOM only
   * when the templates are the ones the server rendered, which knew no provider and no KOL.
   */
  private _asOnServer = isServer;

  /** The step element last rendered; when her own move puts another one in its place, focus moves to the new status. */
  private _lastChild: string | null | undefined;
  /**
   * Set by her own move (a child's change, withdrawing). A stage that arrives by itself (the page
   * loading, the team's move) never moves focus or scrolls the page.
   */
  private _herMove = false;

  /** After signing in here: the new status if she has taken part, else the apply heading. */
  private readonly _signInFocus = new FocusAfterSignIn(
    this,
    () => Boolean(this.ibusibuk?.kol),
    () =>
      this._participationTask.status !== TaskStatus.COMPLETE || this._participation === undefined
        ? null
        : this.renderRoot.querySelector<HTMLElement>(this._participation ? '#status-title' : '#apply'),
  );

  private readonly _campaignTask = new Task(this, {
    task: async ([key, connected], { signal }) => {
      if (!key) return undefined;
      if (!connected) {
        // The provider may still be upgrading or configuring; only then is it a mistake.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        signal.throwIfAborted();
        const message = messages(this.lang_).noProvider;
        this.emitError({ code: 'configuration_error', message });
        throw Object.assign(new Error(message), { code: 'configuration_error' });
      }
      const fromServer = this._serverCampaign;
      if (fromServer && !this._serverCampaignTaken && (fromServer.id === key || fromServer.slug === key)) {
        this._serverCampaignTaken = true; // once: later runs (after a move) fetch the counts again
        return fromServer;
      }
      try {
        const campaign = new Campaigns(this.ibusibuk!.client).get(key, { signal });
        void afterPaint().then(() => prepareFormats(this.lang_));
        return await campaign;
      } catch (error) {
        if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
        throw error;
      }
    },
    args: () => [typeof this.campaign === 'string' ? this.campaign : undefined, Boolean(this.ibusibuk?.client)] as const,
  });

  private readonly _participationTask = new Task(this, {
    task: async ([campaignId, kolId, controlled], { signal }) => {
      if (controlled || !campaignId) return;
      const client = this.ibusibuk?.client;
      if (!kolId || !client) {
        this._participation = null;
        return;
      }
      let page;
      try {
        page = await new Participations(client).list({ campaignId }, { signal });
      } catch (error) {
        if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
        throw error;
      }
      // One per KOL and campaign; should there be more, the latest one is hers now.
      const latest = [...page.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
      this._participation = latest;
    },
    args: () =>
      [this._campaign?.id, this.ibusibuk?.kol?.id, this.participation !== undefined, Boolean(this.ibusibuk?.client)] as const,
  });

  private readonly _briefTask = new Task(this, {
    task: async ([campaignId, visible, controlled], { signal }) => {
      if (controlled || !campaignId || !visible) return undefined;
      const client = this.ibusibuk?.client;
      if (!client) return undefined;
      return new Campaigns(client).brief(campaignId, { signal });
    },
    args: () =>
      [
        this._campaign?.id,
        Boolean(this._participation && opensBrief(this._participation)),
        this.brief !== undefined,
      ] as const,
  });

  private readonly _descriptionTask = new Task(this, {
    // The same lazily loaded Markdown pipeline as <ibusibuk-brief> (marked + DOMPurify, one shared chunk).
    task: async ([markdown], { signal }) => {
      if (!markdown) return '';
      // The description shows as plain text first: Markdown waits for the card to be painted.
      await afterPaint();
      signal.throwIfAborted();
      const { renderMarkdown } = await import('../brief/brief.markdown.js');
      return renderMarkdown(markdown);
    },
    args: () => [this._campaign?.description] as const,
  });

  private get _now(): Date {
    return this.now ?? new Date();
  }

  /** While she looks at the page, the team's moves arrive by themselves. */
  private readonly _live = new LiveParticipation(this, {
    client: () => (this.participation === undefined && this.ibusibuk?.kol ? this.ibusibuk.client : undefined),
    participation: () => this._participation,
    onChange: (next) => this._onLiveChange(next),
  });

  private _onLiveChange(next: Participation): void {
    const current = this._participation;
    if (!current || next.id !== current.id || sameVersion(next, current)) return;
    this._participation = next;
    if (next.stage === current.stage) return;
    this._confirmWithdraw = false;
    this._announcement = messages(this.lang_).statusUpdated(common(this.lang_).stage[next.stage]);
    this._refreshCampaign();
    this.emit('ibusibuk-participation-change', { participation: next });
  }

  /** A move may take or give back a slot: the counts are fetched again (only when this element fetched them). */
  private _refreshCampaign(): void {
    if (typeof this.campaign === 'string') void this._campaignTask.run();
  }

  /** The campaign shown, from the property or the fetch. */
  private get _campaign(): Campaign | undefined {
    return typeof this.campaign === 'object' && this.campaign ? this.campaign : (this._campaignTask.value ?? this._serverCampaign);
  }

  /** Looks up the KOL's participation again (e.g. after the Ibu Sibuk team made a move). */
  async refresh(): Promise<void> {
    if (this.participation !== undefined || !this.ibusibuk?.kol) return;
    this._refreshing = true;
    try {
      this._participationTask.run();
      await this._participationTask.taskComplete;
    } catch {
      // shown by the task's error state
    } finally {
      this._refreshing = false;
    }
    const after = this._participation?.stage;
    if (after) this._announcement = messages(this.lang_).statusUpdated(common(this.lang_).stage[after]);
  }

  private readonly _onVisible = () => {
    if (document.visibilityState === 'visible' && this._participation && isWaitingOn(this._participation, 'officer')) {
      void this.refresh();
    }
  };

  override connectedCallback(): void {
    // A shadow root before Lit made one is declarative shadow DOM from the server: hydrate it.
    if (!isServer && !this.hasUpdated && this.shadowRoot) {
      this._serverCampaign = readServerData<Campaign>(this);
      if (hydrates(this)) {
        this._serverRendered = this._asOnServer = this._serverCampaign !== undefined;
      } else {
        // Lit loaded before its hydration support (a page's own Lit, imported first): render afresh, from the same data.
        this.shadowRoot.replaceChildren();
      }
    }
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisible);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('participation') && this.participation !== undefined) {
      this._participation = this.participation;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._asOnServer) {
      // Hydrated: now the real state (provider, session, participation) renders over the same nodes,
      // in an update of its own (before the next paint: a microtask).
      this._asOnServer = false;
      void this.updateComplete.then(() => this.requestUpdate());
    }
    if (this._participation === undefined) return;
    // The same child (the uploader from draft to review) keeps focus itself; a new one would drop it.
    const childTag = this._participation ? stageElement(this._participation.stage) : 'ibusibuk-apply-form';
    if (this._herMove && this._lastChild !== undefined && childTag !== this._lastChild) this._statusTitle?.focus();
    this._herMove = false;
    this._lastChild = childTag;
  }

  /** A child moved the participation on: show the new stage straight away. */
  private _onParticipationChange(event: HTMLElementEventMap['ibusibuk-participation-change']): void {
    const next = event.detail?.participation;
    if (!next || (this._campaign && next.campaignId !== this._campaign.id)) return;
    const moved = next.stage !== this._participation?.stage;
    this._herMove = moved;
    this._participation = next;
    this._confirmWithdraw = false;
    this._announcement = messages(this.lang_).statusUpdated(common(this.lang_).stage[next.stage]);
    if (moved) this._refreshCampaign();
  }

  private _ensureDefined(tag: ChildTag): void {
    if (customElements.get(tag)) return;
    CHILDREN[tag]().catch((error: unknown) => this.emitError(describeError(error, this.lang_)));
  }

  protected override render() {
    const t = messages(this.lang_);
    const campaign = this._campaign;
    if (!campaign) {
      if (this._campaignTask.status === TaskStatus.ERROR) return this._renderLoadError(this._campaignTask.error);
      if (!this.campaign) return nothing;
      return this._renderSkeleton(t.loadingCampaign);
    }
    return html`
      <article class="campaign" aria-labelledby="title">
        ${this._renderHeader(campaign)} ${this._renderFacts(campaign)}
        <div
          class="journey-wrap"
          @ibusibuk-participation-change=${this._onParticipationChange}
        >
          ${this._participation ? this._renderJourney(campaign, this._participation) : nothing}
        </div>
        ${renderDetails(campaign, this.lang_, this._descriptionTask.value)}
        <div @ibusibuk-participation-change=${this._onParticipationChange}>
          ${this._participation ? nothing : this._renderApply(campaign)}
        </div>
      </article>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  private _renderSkeleton(label: string): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      <span class="visually-hidden" role="status">${label}</span>
      <div class="skeleton cover-skeleton"></div>
      <div class="skeleton skeleton-line wide"></div>
      <div class="skeleton skeleton-line"></div>
      <div class="skeleton skeleton-block"></div>
    </div>`;
  }

  private _renderLoadError(error: unknown): TemplateResult {
    const t = messages(this.lang_);
    const c = common(this.lang_);
    const detail = describeError(error, this.lang_);
    const notFound = detail.code === 'not_found';
    return html`<div class="notice error" role="alert">
      <strong>${notFound ? t.notFoundTitle : c.errorTitle}</strong>
      <p>${notFound ? t.notFoundBody : detail.message}</p>
      ${detail.requestId ? html`<p class="hint">${c.requestId(detail.requestId)}</p>` : nothing}
      ${detail.code === 'configuration_error'
        ? nothing
        : html`<button class="button secondary small" part="button" @click=${() => this._campaignTask.run()}>
            ${c.retry}
          </button>`}
    </div>`;
  }

  private _renderHeader(campaign: Campaign): TemplateResult {
    const t = messages(this.lang_);
    return html`
      ${campaign.coverUrl
        ? html`<img class="cover" part="cover" src=${campaign.coverUrl} alt=${t.coverAlt(campaign.title)} decoding="async" />`
        : nothing}
      <header class="header" part="header">
        <p class="brand">
          ${campaign.brand.logoUrl
            ? html`<img class="logo" src=${campaign.brand.logoUrl} alt=${t.logoAlt(campaign.brand.name)} width="32" height="32" />`
            : html`<span class="logo monogram" aria-hidden="true">${campaign.brand.name.slice(0, 1)}</span>`}
          <span>${t.byBrand(campaign.brand.name)}</span>
        </p>
        <h2 id="title" class="title" part="title">${campaign.title}</h2>
        <p class="summary">${campaign.summary}</p>
        ${campaign.tags.length
          ? html`<ul class="tags" role="list">
              ${campaign.tags.map((tag) => html`<li class="chip">${tag}</li>`)}
            </ul>`
          : nothing}
      </header>
    `;
  }

  private _renderFacts(campaign: Campaign): TemplateResult {
    const t = messages(this.lang_);
    const c = common(this.lang_);
    const locale = this.lang_;
    const { compensation } = campaign;
    const left = Math.max(0, campaign.slots - campaign.slotsFilled);
    const days = daysUntil(campaign.timeline.applyBy);
    const applyDate = formatDate(campaign.timeline.applyBy, locale);
    const open = this._applicationsOpen(campaign);
    return html`<section class="facts card" part="facts" aria-label=${t.factsLabel}>
      <dl>
        <div class="fact">
          <dt>${t.reward}</dt>
          <dd>
            <strong class="fact-main">${compensation.type === 'barter' ? c.barter : formatRupiah(compensation.fee, locale)}</strong>
            <span class="fact-sub">
              ${compensation.type === 'paid_and_product' ? t.plusProduct : c.compensation[compensation.type]}
            </span>
          </dd>
        </div>
        <div class="fact">
          <dt>${t.slots}</dt>
          <dd>
            <strong class="fact-main">${c.slotsLeft(left)}</strong>
            <span class="fact-sub">${t.slotsOf(campaign.slots)}</span>
          </dd>
        </div>
        <div class="fact">
          <dt>${t.deadline}</dt>
          <dd>
            <strong class=${classMap({ 'fact-main': true, urgent: days >= 0 && days <= 3 })}>
              ${days < 0 || campaign.status !== 'open' ? c.closedAgo : c.daysLeft(days)}
            </strong>
            <span class="fact-sub"><time datetime=${campaign.timeline.applyBy}>${applyDate}</time></span>
          </dd>
        </div>
      </dl>
      ${feeTax(compensation.type === 'barter' ? 0 : compensation.fee, locale, compensation.productValue)}
      ${open && (this._participation === null || (this._participation === undefined && this._serverRendered))
        ? html`<a class="button block" part="apply-link button" href="#apply" @click=${this._goToApply}>${t.applyCta}</a>`
        : nothing}
    </section>`;
  }

  private _goToApply(event: Event): void {
    // The target is inside the shadow root, so the page's own #apply anchor would not find it.
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>('#apply');
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target?.focus({ preventScroll: true });
  }

  private _applicationsOpen(campaign: Campaign): boolean {
    return campaign.status === 'open' && campaign.slotsFilled < campaign.slots;
  }

  /** Not applied yet: sign in first, then the form; or why applying is not possible. */
  private _renderApply(campaign: Campaign): TemplateResult {
    const t = messages(this.lang_);
    const connected = !this._asOnServer && Boolean(this.ibusibuk?.client) && this.participation === undefined;
    const open = this._applicationsOpen(campaign);
    const heading = html`<h3 id="apply" class="apply-heading" tabindex="-1">${t.applyHeading}</h3>`;
    if (!open) {
      const full = campaign.status === 'open';
      return html`<div class="apply" part="journey">
        ${heading}
        <div class="notice">
          <strong>${full ? t.fullTitle : t.closedTitle}</strong>${full ? t.fullBody : t.closedBody}
        </div>
      </div>`;
    }
    if (connected && !this.ibusibuk?.kol) {
      this._ensureDefined('ibusibuk-sign-in');
      return html`<div class="apply" part="journey">
        ${heading}
        <p class="hint">${t.signInFirst}</p>
        <ibusibuk-sign-in locale=${this.lang_} heading=${t.signInHeading}></ibusibuk-sign-in>
      </div>`;
    }
    if (connected && this._participationTask.status === TaskStatus.ERROR) {
      return html`<div class="apply" part="journey">
        ${heading} ${this._renderTaskError(this._participationTask.error, () => this._participationTask.run())}
      </div>`;
    }
    if (this._participation === undefined || this._asOnServer) {
      return html`<div class="apply" part="journey">
        ${heading}${this._renderSkeleton(t.loadingProgress)}
      </div>`;
    }
    this._ensureDefined('ibusibuk-apply-form');
    return html`<div class="apply" part="journey">
      ${heading}
      <ibusibuk-apply-form
        locale=${this.lang_}
        campaign-id=${campaign.id}
        source=${ifDefined(this.source || undefined)}
        .campaign=${campaign}
      ></ibusibuk-apply-form>
    </div>`;
  }

  private _renderTaskError(error: unknown, retry: () => void): TemplateResult {
    const c = common(this.lang_);
    const detail = describeError(error, this.lang_);
    return html`<div class="notice error" role="alert">
      <p>${detail.message}</p>
      ${detail.requestId ? html`<p class="hint">${c.requestId(detail.requestId)}</p>` : nothing}
      <button class="button secondary small" part="button" @click=${retry}>${c.retry}</button>
    </div>`;
  }

  /** She has a participation: where she stands, what happens now, and the element for it. */
  private _renderJourney(campaign: Campaign, participation: Participation): TemplateResult {
    const t = messages(this.lang_);
    const closed = STAGES[participation.stage].phase === 'ended';
    return html`<section class="journey" part="journey" aria-labelledby="journey-title">
      <div class="progress card" part="progress">
        <div class="journey-head">
          <h3 id="journey-title">${t.yourProgress}</h3>
          ${this._renderSession()}
        </div>
        ${closed ? nothing : this._renderStepper(participation)} ${this._renderStatus(campaign, participation)}
      </div>
      ${this._renderStageElement(campaign, participation)} ${this._renderWithdraw(participation)}
    </section>`;
  }

  private _renderSession(): TemplateResult | typeof nothing {
    const kol = this.ibusibuk?.kol;
    if (!kol || this.participation !== undefined) return nothing;
    const t = messages(this.lang_);
    return html`<p class="session hint">
      ${t.signedInAs(kol.name || kol.email)}
      <button class="button ghost small" part="button" @click=${() => this.ibusibuk?.signOut()}>${t.signOut}</button>
    </p>`;
  }

  private _renderStepper(participation: Participation): TemplateResult {
    const t = messages(this.lang_);
    const { current } = stepPosition(participation);
    const shown = Math.min(current, STEPS.length - 1);
    return html`<nav class="stepper" part="stepper" aria-label=${t.stepper}>
      <p class="step-summary" aria-hidden="true">
        ${current >= STEPS.length
          ? t.allDone
          : html`${t.stepOf(shown + 1, STEPS.length)} · <strong>${t.steps[STEPS[shown]!]}</strong>`}
      </p>
      <ol class="steps">
        ${STEPS.map((step, index) => {
          const done = index < current;
          const isCurrent = index === current;
          return html`<li
            class=${classMap({ step: true, done, current: isCurrent })}
            aria-current=${ifDefined(isCurrent ? 'step' : undefined)}
          >
            <span class="dot" aria-hidden="true">${done ? '✓' : index + 1}</span>
            <span class="label">${t.steps[step]}</span>
            <span class="visually-hidden">${done ? `, ${t.stepDone}` : isCurrent ? `, ${t.stepCurrent}` : ''}</span>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private _renderStatus(campaign: Campaign, participation: Participation): TemplateResult {
    const t = messages(this.lang_);
    const locale = this.lang_;
    const { stage } = participation;
    const text = t.stage[stage];
    const waitingOnTeam = isWaitingOn(participation, 'officer');
    const herTurn = isWaitingOn(participation, 'kol');
    const { phase } = STAGES[stage];
    const closed = phase === 'ended';
    return html`<div
      class=${classMap({ status: true, card: true, closed, success: phase === 'payment' })}
      part="status"
      data-stage=${stage}
    >
      ${herTurn || waitingOnTeam
        ? html`<span class=${classMap({ chip: true, primary: herTurn })}>${herTurn ? t.yourTurn : t.teamTurn}</span>`
        : nothing}
      <h4 id="status-title" class="status-title" tabindex="-1">${text.title}</h4>
      <p>${text.body}</p>
      ${renderClock(campaign, participation, this._now, locale)}
      ${waitingOnTeam && this.participation === undefined && this.ibusibuk?.client
        ? html`<button
            class="button secondary small"
            part="button"
            data-action="refresh"
            ?disabled=${this._refreshing}
            @click=${() => void this.refresh()}
          >
            ${this._refreshing ? t.checking : t.checkStatus}
          </button>`
        : nothing}
    </div>`;
  }

  /** The element the current stage needs, given everything it needs so it fetches nothing. */
  private _renderStageElement(campaign: Campaign, participation: Participation): TemplateResult | typeof nothing {
    const { stage } = participation;
    if (!opensBrief(participation)) return nothing;
    const t = messages(this.lang_);
    const brief = this.brief !== undefined ? this.brief : this._briefTask.value;
    const briefPending = this.brief === undefined && this._briefTask.status === TaskStatus.PENDING && !brief;
    if (briefPending) return this._renderSkeleton(common(this.lang_).loading);
    const briefEl = (tag: 'full' | 'collapsed') => {
      this._ensureDefined('ibusibuk-brief');
      const el = html`<ibusibuk-brief
        locale=${this.lang_}
        campaign-id=${campaign.id}
        participation-id=${participation.id}
        .campaign=${campaign}
        .participation=${participation}
        .brief=${brief ?? undefined}
        .now=${this.now}
      ></ibusibuk-brief>`;
      return tag === 'full'
        ? el
        : html`<details class="brief-toggle">
            <summary>${t.showBrief}</summary>
            ${el}
          </details>`;
    };
    if (stage === 'accepted') return briefEl('full');
    if (DRAFT_STAGES.has(stage)) {
      this._ensureDefined('ibusibuk-draft-uploader');
      return html`${briefEl('collapsed')}
        <ibusibuk-draft-uploader
          locale=${this.lang_}
          campaign-id=${campaign.id}
          participation-id=${participation.id}
          .campaign=${campaign}
          .participation=${participation}
          .brief=${brief ?? undefined}
          .now=${this.now}
        ></ibusibuk-draft-uploader>`;
    }
    if (POST_STAGES.has(stage)) {
      this._ensureDefined('ibusibuk-insight-submitter');
      return html`<ibusibuk-insight-submitter
          locale=${this.lang_}
          campaign-id=${campaign.id}
          participation-id=${participation.id}
          .campaign=${campaign}
          .participation=${participation}
          .brief=${brief ?? undefined}
          .now=${this.now}
        ></ibusibuk-insight-submitter>
        ${briefEl('collapsed')}`;
    }
    return nothing;
  }

  private _renderWithdraw(participation: Participation): TemplateResult | typeof nothing {
    const canWithdraw = nextActions(participation, 'kol').some((m) => m.action === 'withdraw');
    if (!canWithdraw || this.participation !== undefined || !this.ibusibuk?.client) return nothing;
    const t = messages(this.lang_);
    if (!this._confirmWithdraw) {
      return html`<div class="withdraw">
        <button id="withdraw" class="button ghost small" part="button" @click=${this._askWithdraw}>${t.withdraw}</button>
      </div>`;
    }
    return html`<div class="withdraw confirm notice warning" role="group" aria-labelledby="withdraw-title">
      <strong id="withdraw-title">${t.withdrawTitle}</strong>
      <p>${participation.stage === 'applied' ? t.withdrawApplicationBody : t.withdrawBody}</p>
      ${this._withdrawError ? html`<p class="field-error" role="alert">${this._withdrawError}</p>` : nothing}
      <div class="actions">
        <button
          class="button danger small"
          part="button"
          data-action="withdraw-confirm"
          ?disabled=${this._withdrawing}
          @click=${() => void this._withdraw(participation)}
        >
          ${this._withdrawing ? t.withdrawing : t.withdrawConfirm}
        </button>
        <button id="withdraw-keep" class="button secondary small" part="button" ?disabled=${this._withdrawing} @click=${this._keep}>
          ${t.withdrawKeep}
        </button>
      </div>
    </div>`;
  }

  private async _askWithdraw(): Promise<void> {
    this._confirmWithdraw = true;
    this._withdrawError = '';
    await this.updateComplete;
    this._withdrawKeep?.focus();
  }

  private async _keep(): Promise<void> {
    this._confirmWithdraw = false;
    await this.updateComplete;
    this._withdrawButton?.focus();
  }

  private async _withdraw(participation: Participation): Promise<void> {
    const client = this.ibusibuk?.client;
    if (!client) return;
    this._withdrawing = true;
    this._withdrawError = '';
    try {
      const next = await new Participations(client).withdraw(participation.id);
      this._herMove = true;
      this._participation = next;
      this._confirmWithdraw = false;
      this._announcement = messages(this.lang_).statusUpdated(common(this.lang_).stage[next.stage]);
      this._refreshCampaign();
      this.emit('ibusibuk-participation-change', { participation: next });
    } catch (error) {
      if (isAbort(error)) return;
      const detail = describeError(error, this.lang_);
      this._withdrawError = detail.message;
      this.emitError(detail);
    } finally {
      this._withdrawing = false;
    }
  }
}
