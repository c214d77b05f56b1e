import * as z from 'zod/mini';
import { CountInput } from './common.input.js';
import { MetricKey } from './metrics.js';

/** Figures a KOL reports for one deliverable: whole, non-negative, bounded. */
export const MetricValuesInput = z.partialRecord(MetricKey, CountInput);
export type MetricValuesInput = z.input<typeof MetricValuesInput>;
