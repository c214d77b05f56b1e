import type { Role, Stage } from './schemas/participation.js';

/**
 * The campaign lifecycle, described once: every stage a participation can be in
 * (`STAGES`) and every move between stages (`MOVES`). The server enforces it,
 * its routes and the demo seed are built from it, and the elements render it.
 */

/** The seven steps a KOL sees in the stepper, in order. */
export const STEPS = ['apply', 'brief', 'content', 'revision', 'post', 'insight', 'payment'] as const;
export type Step = (typeof STEPS)[number];

/** The part of the campaign a stage or move belongs to. */
export type Phase = 'application' | 'brief' | 'content' | 'publication' | 'insight' | 'payment' | 'ended';

export interface StageDescription {
  /** Who acts next; null for terminal stages. */
  actor: Role | null;
  phase: Phase;
  /** Where the stepper stands; `done` once everything is done. */
  step: Step | 'done';
  /** Whether the KOL holds a place in the campaign (and so may read its brief). */
  holdsPlace: boolean;
}

const stage = (actor: Role | null, phase: Phase, step: Step | 'done', holdsPlace = true): StageDescription => ({
  actor,
  phase,
  step,
  holdsPlace,
});

/** Every stage, as DESIGN.md's table has it. */
export const STAGES: Readonly<Record<Stage, StageDescription>> = {
  applied: stage('officer', 'application', 'apply', false),
  accepted: stage('kol', 'brief', 'brief'),
  drafting: stage('kol', 'content', 'content'),
  in_review: stage('officer', 'content', 'content'),
  revision_requested: stage('kol', 'content', 'revision'),
  approved: stage('kol', 'publication', 'post'),
  posted: stage('kol', 'insight', 'insight'),
  insight_review: stage('officer', 'insight', 'insight'),
  insight_revision_requested: stage('kol', 'insight', 'insight'),
  completed: stage('officer', 'payment', 'payment'),
  paid: stage(null, 'payment', 'done'),
  rejected: stage(null, 'ended', 'apply', false),
  withdrawn: stage(null, 'ended', 'apply', false),
};

/**
 * One move of the lifecycle: who makes it, from where to where, and where it is sent. The body it
 * takes is its entry in `MOVE_INPUTS` (schemas/move.input.ts): request schemas stay out of the
 * modules pages load to read campaigns, as every `*.input.ts` does.
 */
export interface MoveDescription<A extends string = Action> {
  action: A;
  by: Role;
  from: readonly Stage[];
  to: Stage;
  phase: Phase;
  step: Step;
  /** Its endpoint: `POST /v1/participations/:id/<path>`. */
  path: string;
  /** What it does, in a line (API reference and SDK docs). */
  summary: string;
}

const move = <const A extends string>(description: MoveDescription<A>) => description;

/** Every move, in the order the table lists them. */
export const MOVES = {
  accept: move({
    action: 'accept', by: 'officer', from: ['applied'], to: 'accepted', phase: 'application', step: 'apply',
    path: 'accept', summary: 'Accept an application; takes one of the campaign’s slots.',
  }),
  reject: move({
    action: 'reject', by: 'officer', from: ['applied'], to: 'rejected', phase: 'application', step: 'apply',
    path: 'reject', summary: 'Reject an application, saying why.',
  }),
  withdraw: move({
    action: 'withdraw', by: 'kol', from: ['applied', 'accepted'], to: 'withdrawn', phase: 'application', step: 'apply',
    path: 'withdraw', summary: 'Withdraw from the campaign; an accepted place goes back to the campaign.',
  }),
  acknowledgeBrief: move({
    action: 'acknowledgeBrief', by: 'kol', from: ['accepted'], to: 'drafting', phase: 'brief', step: 'brief',
    path: 'acknowledge-brief', summary: 'Confirm the brief has been read.',
  }),
  submitDraft: move({
    action: 'submitDraft', by: 'kol', from: ['drafting', 'revision_requested'], to: 'in_review', phase: 'content', step: 'content',
    path: 'drafts', summary: 'Submit the next draft version (caption and the KOL’s own uploads).',
  }),
  requestRevision: move({
    action: 'requestRevision', by: 'officer', from: ['in_review'], to: 'revision_requested', phase: 'content', step: 'revision',
    path: 'drafts/request-revision', summary: 'Send the draft back with feedback.',
  }),
  approveDraft: move({
    action: 'approveDraft', by: 'officer', from: ['in_review'], to: 'approved', phase: 'content', step: 'content',
    path: 'drafts/approve', summary: 'Approve the draft for publishing.',
  }),
  submitPost: move({
    action: 'submitPost', by: 'kol', from: ['approved'], to: 'posted', phase: 'publication', step: 'post',
    path: 'post', summary: 'Give the published post’s URL (on one of the campaign’s platforms).',
  }),
  submitInsight: move({
    action: 'submitInsight', by: 'kol', from: ['posted', 'insight_revision_requested'], to: 'insight_review', phase: 'insight',
    step: 'insight', path: 'insights', summary: 'Submit the post’s performance figures and screenshots.',
  }),
  approveInsight: move({
    action: 'approveInsight', by: 'officer', from: ['insight_review'], to: 'completed', phase: 'insight', step: 'insight',
    path: 'insights/approve', summary: 'Approve the insight; the fee becomes a pending payout.',
  }),
  requestInsightFix: move({
    action: 'requestInsightFix', by: 'officer', from: ['insight_review'], to: 'insight_revision_requested', phase: 'insight',
    step: 'insight', path: 'insights/request-fix', summary: 'Ask for a fix to the insight, with a note.',
  }),
  recordPayout: move({
    action: 'recordPayout', by: 'officer', from: ['completed'], to: 'paid', phase: 'payment', step: 'payment',
    path: 'payout', summary: 'Record the payout with its transfer reference.',
  }),
} as const;

/** Every move a participation can make; each is one SDK method and one endpoint. */
export type Action = keyof typeof MOVES;
export type Move = MoveDescription;

/** Every move, as a list. */
export const MOVE_LIST: readonly Move[] = Object.values(MOVES);

export interface StageRule {
  /** Who acts next; null for terminal stages. */
  actor: Role | null;
  moves: readonly Move[];
}

/** Per stage, who acts next and the moves out of it: `STAGES` and `MOVES` seen from each stage. */
export const LIFECYCLE: Readonly<Record<Stage, StageRule>> = Object.fromEntries(
  (Object.keys(STAGES) as Stage[]).map((s) => [s, { actor: STAGES[s].actor, moves: MOVE_LIST.filter((m) => m.from.includes(s)) }]),
) as unknown as Record<Stage, StageRule>;

/** Stages no move leaves. */
export const TERMINAL_STAGES: readonly Stage[] = (Object.keys(LIFECYCLE) as Stage[]).filter(
  (s) => LIFECYCLE[s].moves.length === 0,
);

/** Stages of a phase, in table order. */
export const stagesIn = (...phases: Phase[]): Stage[] =>
  (Object.keys(STAGES) as Stage[]).filter((s) => phases.includes(STAGES[s].phase));

/** Every stage a participation can reach from `from` (itself excluded), following the moves. */
export function stagesAfter(from: Stage): Set<Stage> {
  const seen = new Set<Stage>();
  const queue = [from];
  while (queue.length > 0) {
    for (const m of LIFECYCLE[queue.shift()!].moves) {
      if (!seen.has(m.to)) {
        seen.add(m.to);
        queue.push(m.to);
      }
    }
  }
  seen.delete(from);
  return seen;
}

/** The stage `action` by `role` leads to from `stage`, or null when the table forbids it. */
export function transition(stage: Stage, action: Action, role: Role): Stage | null {
  const m = MOVES[action];
  return m && m.by === role && m.from.includes(stage) ? m.to : null;
}

/** Whether `role` may make `action` on a participation in `stage`. */
export function canTransition(stage: Stage, action: Action, role: Role): boolean {
  return transition(stage, action, role) !== null;
}

/** The moves open to `role` on this participation right now. */
export function nextActions(participation: { stage: Stage }, role: Role): Move[] {
  return LIFECYCLE[participation.stage].moves.filter((m) => m.by === role);
}

/** Whether the participation waits on `role`. */
export function isWaitingOn(participation: { stage: Stage }, role: Role): boolean {
  return STAGES[participation.stage].actor === role;
}

/** Whether a KOL in this stage may read the campaign's brief: only while she holds a place. */
export const opensBrief = (participation: { stage: Stage }): boolean => STAGES[participation.stage].holdsPlace;
