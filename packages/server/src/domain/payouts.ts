import {
  EWALLETS,
  bankName,
  computePayout,
  expectedPaymentDate,
  maskAccount,
  type Campaign,
  type Payout,
  type PayoutProfile,
} from '@ibusibuk/sdk';
import type { StoredPayoutProfile } from '../store/store.js';

/** A stored profile as its owner and officers read it: in full, and masked for the screen. */
export function presentPayoutProfile(stored: StoredPayoutProfile | null): PayoutProfile {
  if (!stored) return { object: 'payout_profile', details: null, masked: null, taxId: null, updatedAt: null };
  const { details } = stored;
  return {
    object: 'payout_profile',
    details,
    masked:
      details.method === 'bank'
        ? `${bankName(details.bankCode)} ${maskAccount(details.accountNumber)}`
        : `${EWALLETS[details.provider]} ${maskAccount(details.phone)}`,
    taxId: stored.taxId,
    updatedAt: stored.updatedAt,
  };
}

/**
 * The pending payout when an insight is approved: the fee less PPh 21 withheld (more without an
 * NPWP or a NIK that serves as one), expected by the campaign's working days after `approvedAt`.
 */
export function pendingPayout(campaign: Campaign, profile: StoredPayoutProfile | null, approvedAt: Date): Payout {
  const withNpwp = profile?.taxId != null;
  const statement = computePayout({ fee: campaign.compensation.fee, productValue: campaign.compensation.productValue ?? 0, hasNpwp: withNpwp });
  return {
    amount: statement.net,
    status: 'pending',
    paidAt: null,
    reference: null,
    statement: {
      gross: statement.gross,
      taxBase: statement.taxBase,
      tax: statement.tax,
      net: statement.net,
      withNpwp,
      configId: statement.configId,
    },
    expectedBy: expectedPaymentDate(approvedAt, campaign.rules.paymentWorkingDays),
  };
}
