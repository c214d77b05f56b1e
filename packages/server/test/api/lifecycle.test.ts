import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidTransitionError, LIFECYCLE, Stage, canTransition, type Role } from '@ibusibuk/sdk';
import { applicationInput, participationAt, perform, startApi, type Api, type Step } from './support.js';

const STEPS: [Step, Role][] = [
  ['accept', 'officer'],
  ['reject', 'officer'],
  ['withdraw', 'kol'],
  ['acknowledgeBrief', 'kol'],
  ['submitDraft', 'kol'],
  ['requestRevision', 'officer'],
  ['approveDraft', 'officer'],
  ['submitPost', 'kol'],
  ['submitInsight', 'kol'],
  ['approveInsight', 'officer'],
  ['requestInsightFix', 'officer'],
  ['recordPayout', 'officer'],
];

let api: Api;
let campaignId: string;
beforeAll(async () => {
  api = await startApi();
  campaignId = (await api.openCampaign()).id;
});
afterAll(() => api.close());

describe('moves the lifecycle table forbids', () => {
  it.each(Stage.options)('refuses every forbidden move from %s and changes nothing', async (stage) => {
    const { participation, actors } = await participationAt(api, campaignId, stage);
    const forbidden = STEPS.filter(([step, role]) => !canTransition(stage, step, role));
    expect(forbidden.length).toBe(STEPS.length - LIFECYCLE[stage].moves.length);
    for (const [step] of forbidden) {
      const error = await perform(step, participation.id, actors, { maxRetries: 0 }).then(
        (p) => new Error(`${step} from ${stage} moved to ${p.stage}`),
        (e: unknown) => e,
      );
      expect(error, `${step} from ${stage}`).toBeInstanceOf(InvalidTransitionError);
      expect(error).toMatchObject({ status: 409, code: 'invalid_transition' });
      await expect(api.officer.participations.get(participation.id), `${step} from ${stage}`).resolves.toEqual(participation);
    }
  });

  it('refuses a withdrawal once drafting has begun', async () => {
    const { participation, kol } = await participationAt(api, campaignId, 'drafting');
    await expect(kol.participations.withdraw(participation.id)).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it('lets a KOL withdraw after acceptance, keeping her note', async () => {
    const { participation, kol } = await participationAt(api, campaignId, 'accepted');
    const withdrawn = await kol.participations.withdraw(participation.id, { note: 'Anak sakit.' });
    expect(withdrawn.stage).toBe('withdrawn');
    expect(withdrawn.history.at(-1)).toMatchObject({ from: 'accepted', to: 'withdrawn', note: 'Anak sakit.' });
  });

  it('refuses a second application to the same campaign', async () => {
    const { kol } = await participationAt(api, campaignId, 'applied');
    await expect(kol.applications.create(campaignId, applicationInput())).rejects.toBeInstanceOf(InvalidTransitionError);
  });
});
