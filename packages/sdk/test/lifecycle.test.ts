import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE,
  MOVES,
  MOVE_INPUTS,
  MOVE_LIST,
  STAGES as STAGE_DESCRIPTIONS,
  Stage,
  opensBrief,
  stagesAfter,
  TERMINAL_STAGES,
  canTransition,
  isWaitingOn,
  nextActions,
  transition,
  type Action,
  type Role,
} from '../src/index.js';

const STAGES = Stage.options;
const ROLES: Role[] = ['kol', 'officer'];
const ACTIONS: Action[] = [
  'accept',
  'reject',
  'withdraw',
  'acknowledgeBrief',
  'submitDraft',
  'requestRevision',
  'approveDraft',
  'submitPost',
  'submitInsight',
  'approveInsight',
  'requestInsightFix',
  'recordPayout',
];

/** The table of DESIGN.md, written out move by move: `stage: role.action → stage`. */
const EXPECTED: Record<string, string[]> = {
  applied: ['officer.accept→accepted', 'officer.reject→rejected', 'kol.withdraw→withdrawn'],
  accepted: ['kol.acknowledgeBrief→drafting', 'kol.withdraw→withdrawn'],
  drafting: ['kol.submitDraft→in_review'],
  in_review: ['officer.requestRevision→revision_requested', 'officer.approveDraft→approved'],
  revision_requested: ['kol.submitDraft→in_review'],
  approved: ['kol.submitPost→posted'],
  posted: ['kol.submitInsight→insight_review'],
  insight_review: ['officer.approveInsight→completed', 'officer.requestInsightFix→insight_revision_requested'],
  insight_revision_requested: ['kol.submitInsight→insight_review'],
  completed: ['officer.recordPayout→paid'],
  rejected: [],
  withdrawn: [],
  paid: [],
};

describe('the lifecycle table', () => {
  it('has a rule for every stage and nothing else', () => {
    expect(Object.keys(LIFECYCLE).sort()).toEqual([...STAGES].sort());
  });

  it.each(STAGES)('allows exactly the moves of the design from %s', (stage) => {
    const allowed: string[] = [];
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        const to = transition(stage, action, role);
        expect(canTransition(stage, action, role)).toBe(to !== null);
        if (to) allowed.push(`${role}.${action}→${to}`);
      }
    }
    expect(allowed.sort()).toEqual([...EXPECTED[stage]!].sort());
  });

  it.each(STAGES.flatMap((stage) => ROLES.map((role) => [stage, role] as const)))(
    'offers %s to %s only the moves that role may make',
    (stage, role) => {
      const moves = nextActions({ stage }, role);
      expect(moves.every((m) => m.by === role)).toBe(true);
      expect(moves.map((m) => `${role}.${m.action}→${m.to}`).sort()).toEqual(
        EXPECTED[stage]!.filter((m) => m.startsWith(`${role}.`)).sort(),
      );
    },
  );

  it('ends only in rejected, withdrawn and paid', () => {
    expect([...TERMINAL_STAGES].sort()).toEqual(['paid', 'rejected', 'withdrawn']);
    for (const stage of TERMINAL_STAGES) {
      expect(LIFECYCLE[stage].actor).toBeNull();
      for (const role of ROLES) expect(isWaitingOn({ stage }, role)).toBe(false);
    }
  });

  it('waits on the role that moves next in every open stage', () => {
    for (const stage of STAGES.filter((s) => !TERMINAL_STAGES.includes(s))) {
      const actor = LIFECYCLE[stage].actor!;
      expect(isWaitingOn({ stage }, actor)).toBe(true);
      expect(nextActions({ stage }, actor).length).toBeGreaterThan(0);
    }
  });

  it('reaches paid from applied along the happy path', () => {
    const path: [Action, Role][] = [
      ['accept', 'officer'],
      ['acknowledgeBrief', 'kol'],
      ['submitDraft', 'kol'],
      ['requestRevision', 'officer'],
      ['submitDraft', 'kol'],
      ['approveDraft', 'officer'],
      ['submitPost', 'kol'],
      ['submitInsight', 'kol'],
      ['requestInsightFix', 'officer'],
      ['submitInsight', 'kol'],
      ['approveInsight', 'officer'],
      ['recordPayout', 'officer'],
    ];
    let stage: Stage = 'applied';
    for (const [action, role] of path) stage = transition(stage, action, role) ?? expect.fail(`${action} from ${stage}`);
    expect(stage).toBe('paid');
  });
});

describe('the moves', () => {
  it('describes each action once, under its own name', () => {
    for (const [action, move] of Object.entries(MOVES)) expect(move.action).toBe(action);
    expect(new Set(MOVE_LIST.map((m) => m.path)).size).toBe(MOVE_LIST.length);
  });

  it('leaves every stage it starts from by the role that stage waits on, or by the KOL withdrawing', () => {
    for (const move of MOVE_LIST) {
      for (const from of move.from) {
        const actor = STAGE_DESCRIPTIONS[from].actor;
        expect(move.by === actor || move.action === 'withdraw', `${move.action} from ${from}`).toBe(true);
      }
    }
  });

  it('takes a body schema on every move, an object even when the move needs nothing', () => {
    for (const move of MOVE_LIST) expect(MOVE_INPUTS[move.action]._zod.def.type).toBe('object');
  });

  it('opens the brief only while the KOL holds a place', () => {
    const open = STAGES.filter((stage) => opensBrief({ stage }));
    expect(open.sort()).toEqual([...stagesAfter('accepted'), 'accepted'].filter((s) => s !== 'withdrawn').sort());
    expect(opensBrief({ stage: 'withdrawn' })).toBe(false);
    expect(opensBrief({ stage: 'applied' })).toBe(false);
  });

  it('follows the moves forward', () => {
    expect([...stagesAfter('approved')].sort()).toEqual(
      ['completed', 'insight_review', 'insight_revision_requested', 'paid', 'posted'].sort(),
    );
    expect(stagesAfter('paid').size).toBe(0);
  });
});
