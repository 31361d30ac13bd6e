/**
 * Consumer group `payments.commands`: the create-order saga's ConfirmPayment (step 3). Every command is answered
 * on its reply channel (lib/runtime `commandHandlers`): Success, or Failure{code, message} for an unknown payment
 * (NOT_FOUND), an amount that differs from the authorized one (FAILED_PRECONDITION) or a malformed command
 * (INVALID_ARGUMENT). A redelivered command is skipped by the inbox (its reply was committed with the first
 * delivery); a re-sent one (new message id) confirms nothing twice and gets the same answer.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { commandHandlers, type MessageConsumer } from '@mallbots/runtime';
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
        await confirmPayment(payments, uow, { paymentId, amount });
      },
    }),
  };
}
