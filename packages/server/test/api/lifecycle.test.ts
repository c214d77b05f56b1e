import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidTransitionError, LIFECYCLE, MOVE_LIST, Stage, canTransition } from '@ibusibuk/sdk';
import { applicationInput, participationAt, perform, startApi, type Api } from './support.js';

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
    const forbidden = MOVE_LIST.filter((move) => !canTransition(stage, move.action, move.by)).map((move) => move.action);
    expect(forbidden.length).toBe(MOVE_LIST.length - LIFECYCLE[stage].moves.length);
    for (const step of forbidden) {
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

describe('every move of the lifecycle, from its description alone', () => {
  const cases = MOVE_LIST.flatMap((move) => move.from.map((from) => [move.action, from, move] as const));

  it.each(cases)('%s from %s', async (action, from, move) => {
    const { participation, actors } = await participationAt(api, campaignId, from);
    const before = participation.history.length;
    const moved = await perform(action, participation.id, actors);
    expect(moved.stage).toBe(move.to);
    expect(moved.history).toHaveLength(before + 1);
    expect(moved.history.at(-1)).toMatchObject({ from, to: move.to, action, actor: { role: move.by } });
    await expect(actors.officer.participations.get(participation.id)).resolves.toEqual(moved);
  });

  it('covers every action', () => {
    expect(new Set(cases.map(([action]) => action)).size).toBe(MOVE_LIST.length);
  });
});
