export * from './without-schemas.js';
export * from './client.js';
export * from './schemas/index.js';
export * from './validation.js';
export { PayoutTaxConfig, TaxBracket, PPH21_NON_EMPLOYEE_2024 } from './money/tax-config.js';
export {
  insightFlags,
  INSIGHT_FLAG_LIMITS,
  type InsightFlag,
  type InsightFlagCode,
  type InsightFlagLimits,
  type InsightReport,
  type DeliverableFigures,
} from './insight/flags.js';
export * from './uploads-entry.js';
export {
  parseCount,
  formatCount,
  countRefusalMessage,
  MAX_COUNT,
  type ParsedCount,
  type CountRefusal,
} from './insight/count.js';
