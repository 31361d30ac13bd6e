/**
 * Consumer group `payments.commands`: the create-order saga's ConfirmPayment (step 3) and its compensation
 * CancelPayment. Every command is answered on its reply channel (lib/runtime `commandHandlers`): Success, or
 * Failure{code, message} for an unknown payment (NOT_FOUND, ConfirmPayment only), an amount that differs from the
 * authorized one, a canceled payment or one confirmed for another order (FAILED_PRECONDITION), or a malformed
 * command (INVALID_ARGUMENT). A redelivered command is skipped by the inbox (its reply was committed with the first
 * delivery); a re-sent one (new message id) changes nothing twice and gets the same answer.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { commandHandlers, type MessageConsumer } from '@mallbots/runtime';
import { cancelPayment } from '../application/cancel-payment.ts';
import { confirmPayment } from '../application/confirm-payment.ts';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export function paymentCommandsConsumer(payments: PaymentRepository): MessageConsumer {
  return {
    group: 'payments.commands',
    exchange: 'commands',
    handlers: commandHandlers({
      [Names.payments.ConfirmPayment]: async (c, uow) => {
        const paymentId = validate.requiredId(c.id, 'id');
        const amount = validate.money(c.amount, 'amount');
        const orderId = validate.optionalId(c.orderId, 'order_id') ?? null; // empty from sagas of version 1
        await confirmPayment(payments, uow, { paymentId, amount, orderId });
      },
      [Names.payments.CancelPayment]: async (c, uow) => {
        const paymentId = validate.requiredId(c.id, 'id');
        const orderId = validate.requiredId(c.orderId, 'order_id');
        await cancelPayment(payments, uow, { paymentId, orderId });
      },
    }),
  };
}
