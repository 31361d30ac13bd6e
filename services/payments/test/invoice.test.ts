import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Invoice } from '../src/domain/invoice.ts';

const orderId = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const paymentId = '7d1f9b7e-1c3a-4b55-8d44-6e0f3b8a9c02';

describe('Invoice', () => {
  it('is created pending with the order id as its id', () => {
    const i = Invoice.create(orderId, paymentId, 42.5);
    expect(i.state()).toEqual({ id: orderId, orderId, paymentId, amount: 42.5, status: 'pending' });
    expect(i.pullEvents()).toEqual([]);
  });

  it('requires an order, a payment and an amount that is not negative', () => {
    expect(() => Invoice.create('', paymentId, 1)).toThrow('the order id cannot be blank');
    expect(() => Invoice.create(orderId, ' ', 1)).toThrow('the payment id cannot be blank');
    expect(() => Invoice.create(orderId, paymentId, -0.01)).toThrow(InvalidArgument);
    expect(Invoice.create(orderId, paymentId, 0).amount).toBe(0);
  });

  it('adjusts the amount of a pending invoice only', () => {
    const i = Invoice.create(orderId, paymentId, 10);
    i.adjust(12.345);
    expect(i.amount).toBe(12.35);
    expect(() => i.adjust(-1)).toThrow('amount cannot be negative');
    i.pay();
    expect(() => i.adjust(5)).toThrow('cannot adjust the invoice: the invoice is paid');
  });

  it('pays a pending invoice once and records InvoicePaid', () => {
    const i = Invoice.create(orderId, paymentId, 10);
    i.pay();
    expect(i.status).toBe('paid');
    expect(i.pullEvents()).toEqual([{ type: 'InvoicePaid' }]);
    expect(() => i.pay()).toThrow('cannot pay the invoice: the invoice is paid');
    expect(() => i.cancel()).toThrow(FailedPrecondition);
    expect(i.pullEvents()).toEqual([]);
  });

  it('cancels a pending invoice only; a canceled invoice cannot be paid or adjusted', () => {
    const i = Invoice.create(orderId, paymentId, 10);
    i.cancel();
    expect(i.status).toBe('canceled');
    expect(() => i.cancel()).toThrow('cannot cancel the invoice: the invoice is canceled');
    expect(() => i.pay()).toThrow('cannot pay the invoice: the invoice is canceled');
    expect(() => i.adjust(1)).toThrow(FailedPrecondition);
    expect(i.pullEvents()).toEqual([]);
  });
});
