import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE,
  Stage,
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
