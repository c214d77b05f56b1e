import { expect } from '@open-wc/testing';
import { insightFlags } from '@ibusibuk/sdk';
import { applicantsMessages } from '../src/components/applicants/applicants.messages.js';
import { applyFormMessages } from '../src/components/apply-form/apply-form.messages.js';
import { briefMessages } from '../src/components/brief/brief.messages.js';
import { messages as campaignListMessages } from '../src/components/campaign-list/campaign-list.messages.js';
import { campaignReportMessages } from '../src/components/campaign-report/campaign-report.messages.js';
import { messages as campaignMessages } from '../src/components/campaign/campaign.messages.js';
import { messages as draftUploaderMessages } from '../src/components/draft-uploader/draft-uploader.messages.js';
import { messages as insightSubmitterMessages } from '../src/components/insight-submitter/insight-submitter.messages.js';
import { messages as payoutDetailsMessages } from '../src/components/payout-details/payout-details.messages.js';
import { payoutsMessages } from '../src/components/payouts/payouts.messages.js';
import { messages as providerMessages } from '../src/components/provider/provider.messages.js';
import { reviewQueueMessages } from '../src/components/review-queue/review-queue.messages.js';
import { messages as signInMessages } from '../src/components/sign-in/sign-in.messages.js';
import { staffMessages } from '../src/components/staff/staff.messages.js';
import { campaignTerms, formWords, offerTerms, participationTerms, states } from '../src/internal/common.messages.js';
import { deadlineMessages } from '../src/internal/deadline.messages.js';
import { feeTaxMessages } from '../src/internal/fee-tax.messages.js';
import { uploadListMessages } from '../src/uploads/upload-list.messages.js';

// Every Indonesian catalog of the elements (a new `*.messages.ts` joins this list).
const CATALOGS = {
  applicantsMessages, applyFormMessages, briefMessages, campaignListMessages, campaignReportMessages, campaignMessages,
  draftUploaderMessages, insightSubmitterMessages, payoutDetailsMessages, payoutsMessages, providerMessages,
  reviewQueueMessages, signInMessages, staffMessages, campaignTerms, formWords, offerTerms, participationTerms, states,
  deadlineMessages, feeTaxMessages, uploadListMessages,
};

/**
 * English words found inside Indonesian text on a phone. Loanwords Indonesian creators use as
 * their own (brief, caption, fee, draf, insight, story, Reels) are not on it; the platforms'
 * counts and the review words are, as each has an everyday Indonesian word.
 */
const ENGLISH = /\b(views?|plays?|engagement|rate|shorts|reach|impressions?|likes?|shares?|saves?|screenshots?|uploads?|followers?|review|direview|reviewed|reviewer|submit|refresh)\b/i;

/** Every string in a catalog, functions called with sample arguments (their text is what she reads). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const samples = [3, 'X', 'Y', 'Z'];
    try {
      return strings(value(...samples), `${path}()`);
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('Bahasa Indonesia without English words', () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    it(`has none in ${name}`, () => {
      const found = strings(catalog('id'), name).filter(([, text]) => ENGLISH.test(text));
      expect(found.map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
    });
  }

  it('has none in the SDK’s plausibility questions', () => {
    const flags = insightFlags({
      deliverables: [
        { platform: 'instagram', format: 'reel', values: { reach: 520, views: 400, likes: 640, comments: 10, shares: 5, saves: 700 } },
        { platform: 'tiktok', format: 'video', values: { views: 200_000_000, likes: 15_000, comments: 1, shares: 1, saves: 1 } },
      ],
      followers: 1_000,
      postedAt: '2026-06-02T00:00:00Z',
      screenshotTakenAt: '2026-06-01T00:00:00Z',
    });
    expect(new Set(flags.map((f) => f.code))).to.have.length(5, 'every kind of flag raised');
    expect(flags.map((f) => f.message.id).filter((text) => ENGLISH.test(text))).to.deep.equal([]);
  });

  it('knows the words it looks for (a negative control)', () => {
    expect(ENGLISH.test('Ditonton (views/plays)')).to.equal(true);
    expect(ENGLISH.test('Engagement rate keseluruhan')).to.equal(true);
    expect(ENGLISH.test('Shorts TikTok')).to.equal(true);
    expect(ENGLISH.test('Penayangan')).to.equal(false);
  });
});
