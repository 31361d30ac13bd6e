/**
 * payments: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 */
import type { ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { paymentsGrpc } from './grpc/payments-server.ts';
import { orderingEventsConsumer } from './handlers/ordering-events.ts';
import { paymentCommandsConsumer } from './handlers/payment-commands.ts';
import { InvoiceRecord } from './persistence/invoice.entity.ts';
import { InvoiceRepository } from './persistence/invoice.repository.ts';
import { PaymentRecord } from './persistence/payment.entity.ts';
import { PaymentRepository } from './persistence/payment.repository.ts';

export const paymentsService: ServiceDefinition = {
  name: 'payments',
  grpcPort: 9006,
  httpPort: 9106,
  entities: [PaymentRecord, InvoiceRecord],
  migrations,
  build: ({ tm, logger, config }) => {
    const payments = new PaymentRepository(config.DATABASE_SCHEMA);
    const invoices = new InvoiceRepository(config.DATABASE_SCHEMA);
    return {
      grpc: [paymentsGrpc({ tm, payments, invoices, logger })],
      consumers: [orderingEventsConsumer({ payments, invoices }), paymentCommandsConsumer(payments)],
    };
  },
};
