// Original file: proto/mallbots/payments/v1/api.proto

import type {
  Payment as _mallbots_payments_v1_Payment,
  Payment__Output as _mallbots_payments_v1_Payment__Output,
} from '../../../mallbots/payments/v1/Payment.ts';

/**
 * Output of GetPayment.
 */
export interface GetPaymentResponse {
  payment?: _mallbots_payments_v1_Payment | null;
}

/**
 * Output of GetPayment.
 */
export interface GetPaymentResponse__Output {
  payment: _mallbots_payments_v1_Payment__Output | null;
}
