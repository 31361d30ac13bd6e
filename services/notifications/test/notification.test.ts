import { describe, it, expect } from '@jest/globals';
import {
  MAX_TEXT_LENGTH,
  NOTIFICATION_KINDS,
  isNotificationKind,
  maskPhone,
  notificationKey,
  notificationText,
  orderReference,
} from '../src/domain/notification.ts';

const order = '3f9a1c2b-7d4e-4f10-9a8b-0c1d2e3f4a5b';

describe('notification text', () => {
  it('says what happened to the order, greeting the customer by name', () => {
    expect(notificationText('order_created', { customerName: 'Ada', orderId: order })).toBe(
      'Hi Ada, we received your MallBots order 3F9A1C2B. We will text you when it is ready for pickup.',
    );
    expect(notificationText('order_approved', { customerName: 'Ada', orderId: order })).toBe(
      'Hi Ada, your MallBots order 3F9A1C2B was approved and our bots are shopping for it.',
    );
    expect(notificationText('order_ready', { customerName: 'Ada', orderId: order })).toBe(
      'Hi Ada, your MallBots order 3F9A1C2B is ready for pickup.',
    );
    expect(notificationText('order_canceled', { customerName: 'Ada', orderId: order })).toBe(
      'Hi Ada, your MallBots order 3F9A1C2B was cancelled.',
    );
  });

  it('fits one SMS whatever the name, and copes with blank names and control characters', () => {
    const long = 'Maria '.repeat(40).trim();
    for (const kind of NOTIFICATION_KINDS) {
      const text = notificationText(kind, { customerName: long, orderId: order });
      expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
      expect(text).toContain('3F9A1C2B');
    }
    expect(notificationText('order_ready', { customerName: long, orderId: order })).toMatch(/^Hi Maria Maria .*…, your/);
    expect(notificationText('order_ready', { customerName: '  ', orderId: order })).toBe(
      'Hello, your MallBots order 3F9A1C2B is ready for pickup.',
    );
    expect(notificationText('order_ready', { customerName: 'Ada\n\tLovelace', orderId: order })).toMatch(/^Hi Ada Lovelace, /);
  });

  it('names the order by a short reference', () => {
    expect(orderReference(order)).toBe('3F9A1C2B');
  });
});

describe('notification identity', () => {
  it('is one per order and kind: the key ignores everything else', () => {
    expect(notificationKey(order, 'order_ready')).toBe(`${order}:order_ready`);
    expect(notificationKey(order, 'order_ready')).not.toBe(notificationKey(order, 'order_created'));
  });
  it('has exactly the four kinds of the proto', () => {
    expect([...NOTIFICATION_KINDS].sort()).toEqual(['order_approved', 'order_canceled', 'order_created', 'order_ready']);
    expect(isNotificationKind('order_ready')).toBe(true);
    expect(isNotificationKind('order_completed')).toBe(false);
  });
});

describe('phone masking', () => {
  it('keeps only the last two digits', () => {
    expect(maskPhone('+15550100')).toBe('***00');
    expect(maskPhone('+1 (555) 010-0142')).toBe('***42');
    expect(maskPhone('7')).toBe('***');
    expect(maskPhone('')).toBe('***');
  });
});
