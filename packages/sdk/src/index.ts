export * from './without-schemas.js';
export * from './client.js';
export * from './schemas/index.js';
export * from './validation.js';
export { PayoutTaxConfig, TaxBracket, PPH21_NON_EMPLOYEE_2024 } from './money/tax-config.js';
export * from './insight-entry.js';
export * from './uploads-entry.js';
