// `@ibusibuk/sdk/insight`: the insight figures without zod (the metric table, engagement maths,
// counts typed the Indonesian way, plausibility flags), apart from `@ibusibuk/sdk/client`: a
// bundler splitting code places a module by the entries that import it, so in the client's barrel
// these would load first on every page, though only the insight steps and the review queue use them.
export { METRIC_KEYS, metricFields, engagementsOf, engagementRate, overallEngagementRate } from './insight/metric-table.js';
export {
  insightFlags,
  INSIGHT_FLAG_LIMITS,
  type InsightFlag,
  type InsightFlagCode,
  type InsightFlagLimits,
  type InsightReport,
  type DeliverableFigures,
} from './insight/flags.js';
export { parseCount, formatCount, countRefusalMessage, MAX_COUNT, type ParsedCount, type CountRefusal } from './insight/count.js';
