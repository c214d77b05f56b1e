import type { PayoutsMessages } from './payouts.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  heading: 'KOL payouts',
  intro: 'Completed participants waiting for payment, then the payouts already recorded.',
  pending: 'Waiting for payment',
  pendingCount: (n: number) => (n ? `${n} waiting` : 'Nothing waiting'),
  noPending: 'Every completed participant has been paid.',
  recorded: 'Recorded',
  noRecorded: 'No payout recorded yet.',
  completedOn: (date: string) => `Completed ${date}`,
  amount: 'Amount (IDR)',
  amountHint: (amount: string) => `The pending payout: ${amount}`,
  amountInvalid: 'Enter the amount in rupiah, digits only.',
  reference: 'Transfer reference',
  referenceHint: 'For example: TRF-20260601-0012',
  referenceRequired: 'Please enter the transfer reference.',
  record: 'Record payout',
  recordFor: (name: string) => `Record the payout for ${name}`,
  recordedNow: (name: string, amount: string) => `Payout of ${amount} to ${name} recorded.`,
  kol: 'KOL',
  campaign: 'Campaign',
  paidOn: 'Paid on',
  paidAmount: 'Amount',
  refColumn: 'Reference',
} satisfies PayoutsMessages;
