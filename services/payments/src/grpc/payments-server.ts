/**
 * gRPC adapter of payments: validates and normalises each request, runs one application use case in a unit of
 * work, and maps the result to the response. Domain errors become status codes in lib/rpc. Amounts are payment
 * details: they are never logged.
 */
import { Services, type payments } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { authorizePayment } from '../application/authorize-payment.ts';
import { adjustInvoice, cancelInvoice, payInvoice } from '../application/change-invoice.ts';
import { confirmPayment } from '../application/confirm-payment.ts';
import { createInvoice } from '../application/create-invoice.ts';
import { getInvoice } from '../application/get-invoice.ts';
import { getPayment } from '../application/get-payment.ts';
import type { InvoiceStatus } from '../domain/invoice.ts';
import type { PaymentStatus } from '../domain/payment.ts';
import type { InvoiceRepository } from '../persistence/invoice.repository.ts';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

const STATUS: Record<InvoiceStatus, payments.InvoiceStatus__Output> = {
  pending: 'INVOICE_STATUS_PENDING',
  paid: 'INVOICE_STATUS_PAID',
  canceled: 'INVOICE_STATUS_CANCELED',
};

const PAYMENT_STATUS: Record<PaymentStatus, payments.PaymentStatus__Output> = {
  authorized: 'PAYMENT_STATUS_AUTHORIZED',
  confirmed: 'PAYMENT_STATUS_CONFIRMED',
  refunded: 'PAYMENT_STATUS_REFUNDED',
  voided: 'PAYMENT_STATUS_VOIDED',
};

export function paymentsGrpc(deps: {
  tm: TransactionManager;
  payments: PaymentRepository;
  invoices: InvoiceRepository;
  logger: Logger;
}) {
  const { tm, payments, invoices } = deps;
  return grpcService(
    Services.payments,
    {
      AuthorizePayment: async (req) => {
        const customerId = validate.requiredId(req.customerId, 'customer_id');
        const amount = validate.money(req.amount, 'amount', { allowZero: false });
        const id = await tm.run((uow) => authorizePayment(payments, uow, { customerId, amount }));
        return { id };
      },
      ConfirmPayment: async (req) => {
        const paymentId = validate.requiredId(req.id, 'id');
        const amount = validate.money(req.amount, 'amount');
        const orderId = validate.optionalId(req.orderId, 'order_id') ?? null;
        await tm.run((uow) => confirmPayment(payments, uow, { paymentId, amount, orderId }));
        return {};
      },
      CreateInvoice: async (req) => {
        const orderId = validate.requiredId(req.orderId, 'order_id');
        const paymentId = validate.requiredId(req.paymentId, 'payment_id');
        const amount = validate.money(req.amount, 'amount');
        const id = await tm.run((uow) => createInvoice(deps, uow, { orderId, paymentId, amount }, 'fail'));
        return { id };
      },
      AdjustInvoice: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const amount = validate.money(req.amount, 'amount');
        await tm.run((uow) => adjustInvoice(invoices, uow, id, amount));
        return {};
      },
      PayInvoice: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => payInvoice(invoices, uow, id));
        return {};
      },
      CancelInvoice: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => cancelInvoice(invoices, uow, id));
        return {};
      },
      GetPayment: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const p = await tm.run((uow) => getPayment(payments, uow, id));
        return {
          payment: {
            id: p.id,
            customerId: p.customerId,
            amount: p.amount,
            confirmed: p.confirmed,
            status: PAYMENT_STATUS[p.status],
            orderId: p.state().orderId ?? '',
          },
        };
      },
      GetInvoice: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const i = await tm.run((uow) => getInvoice(invoices, uow, id));
        return {
          invoice: { id: i.id, orderId: i.orderId, paymentId: i.paymentId, amount: i.amount, status: STATUS[i.status] },
        };
      },
    },
    deps.logger,
  );
}
