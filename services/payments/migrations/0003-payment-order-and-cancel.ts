import { sqlMigration } from '@mallbots/db';

// A payment is bound to the order it is confirmed for (one payment never pays for two orders), and the saga's
// compensation CancelPayment refunds (confirmed) or voids (not confirmed) it: canceled_at. Existing rows keep
// order_id null (confirmed before orders were recorded) and canceled_at null.
export const m0003PaymentOrderAndCancel = sqlMigration('0003_payment_order_and_cancel', [
  `alter table payments add column order_id uuid, add column canceled_at timestamptz`,
]);
