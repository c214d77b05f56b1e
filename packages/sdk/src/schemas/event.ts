import * as z from 'zod/mini';
import { Campaign } from './campaign.js';
import { Timestamp, listOf, prefixedId } from './common.js';
import { Actor, Participation, Stage } from './participation.js';

// Events: what happened, as the API records it in the same transaction as the change
// (a transactional outbox). They feed webhooks, messages and `GET /v1/events`.

export const EventId = prefixedId('evt');

/** Every event type, in the order a campaign meets them. */
export const EventType = z.enum([
  'campaign.published',
  'campaign.closed',
  'participation.stage_changed',
  'participation.deadline_approaching',
  'participation.overdue',
]);
export type EventType = z.infer<typeof EventType>;
export const EVENT_TYPES = EventType.options;

/** The due date a reminder is about: the draft, the live post (end of the post window), or the insight. */
export const DeadlineKind = z.enum(['draft', 'post', 'insight']);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const StageChangedData = z.object({
  participation: Participation,
  /** Null when the participation was just created (a new application). */
  previousStage: z.nullable(Stage),
  actor: Actor,
  /** The reviewer's note (revision feedback, insight fix) or the KOL's withdrawal reason. */
  note: z.nullable(z.string()),
});
export type StageChangedData = z.infer<typeof StageChangedData>;

export const DeadlineApproachingData = z.object({
  participation: Participation,
  deadline: DeadlineKind,
  dueAt: Timestamp,
  /** Whole days left when the reminder was written: 3 or 1. */
  daysLeft: z.number().check(z.int()),
});
export type DeadlineApproachingData = z.infer<typeof DeadlineApproachingData>;

export const OverdueData = z.object({
  participation: Participation,
  deadline: DeadlineKind,
  dueAt: Timestamp,
});
export type OverdueData = z.infer<typeof OverdueData>;

export const CampaignEventData = z.object({ campaign: Campaign });
export type CampaignEventData = z.infer<typeof CampaignEventData>;

const eventOf = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.object({
    id: EventId,
    object: z.literal('event'),
    type: z.literal(type),
    createdAt: Timestamp,
    data,
  });

/** Something that happened, as webhooks deliver it and `GET /v1/events` lists it. `type` says what `data` holds. */
export const Event = z.discriminatedUnion('type', [
  eventOf('participation.stage_changed', StageChangedData),
  eventOf('participation.deadline_approaching', DeadlineApproachingData),
  eventOf('participation.overdue', OverdueData),
  eventOf('campaign.published', CampaignEventData),
  eventOf('campaign.closed', CampaignEventData),
]);
export type Event = z.infer<typeof Event>;

/** The event of one type: `EventOf<'participation.overdue'>`. */
export type EventOf<T extends EventType> = Extract<Event, { type: T }>;

/** One page of events, newest first. */
export const EventList = listOf(Event);
export type EventList = z.infer<typeof EventList>;
