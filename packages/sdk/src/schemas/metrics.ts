import * as z from 'zod/mini';
import { METRIC_KEYS } from '../insight/metric-table.js';
import { Count } from './common.js';

// The shape of reported values as the API sends them. The metric table and the engagement
// maths are in insight/metric-table.ts (no zod); the bounds a KOL's report must meet are in
// metrics.input.ts.

/** Every performance figure a platform may report for a post. */
export const MetricKey = z.enum(METRIC_KEYS);
export type MetricKey = z.infer<typeof MetricKey>;

export const MetricValues = z.partialRecord(MetricKey, Count);
export type MetricValues = z.infer<typeof MetricValues>;

export { metricFields, engagementsOf, engagementRate, overallEngagementRate } from '../insight/metric-table.js';
