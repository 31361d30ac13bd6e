import { describe, it, expect } from '@jest/globals';
import { Writable } from 'node:stream';
import { ConfigError, loadConfig } from '@mallbots/config';
import { createLogger, silentLogger } from '@mallbots/telemetry';
import { LogNotifier } from '../src/notifiers/log-notifier.ts';
import { notifierConfig, selectNotifier } from '../src/notifiers/select-notifier.ts';
import { SmsGatewayNotifier } from '../src/notifiers/sms-gateway-notifier.ts';

describe('notifier selection', () => {
  it('defaults to the log sink', () => {
    const n = selectNotifier(loadConfig(notifierConfig, {}), silentLogger);
    expect(n).toBeInstanceOf(LogNotifier);
    expect(n.channel).toBe('log');
  });

  it('selects the SMS gateway, which needs SMS_GATEWAY_URL', () => {
    const n = selectNotifier(
      loadConfig(notifierConfig, {
        NOTIFIER: 'sms-gateway',
        SMS_GATEWAY_URL: 'https://sms.example/send',
        SMS_GATEWAY_TOKEN: 's3cret',
      }),
      silentLogger,
    );
    expect(n).toBeInstanceOf(SmsGatewayNotifier);
    expect(n.channel).toBe('sms');
    expect(() => selectNotifier(loadConfig(notifierConfig, { NOTIFIER: 'sms-gateway' }), silentLogger)).toThrow(
      new ConfigError(['SMS_GATEWAY_URL is required when NOTIFIER=sms-gateway']),
    );
  });

  it('refuses malformed values at start-up, naming the variable and never echoing a secret', () => {
    expect(() => loadConfig(notifierConfig, { NOTIFIER: 'pigeon' })).toThrow(/NOTIFIER must be one of log, sms-gateway/);
    expect(() => loadConfig(notifierConfig, { SMS_GATEWAY_URL: 'ftp://user:pw@host' })).toThrow(
      /SMS_GATEWAY_URL must use http: or https:/,
    );
    expect(() => loadConfig(notifierConfig, { SMS_GATEWAY_URL: 'ftp://user:pw@host' })).not.toThrow(/pw/);
    expect(() => loadConfig(notifierConfig, { SMS_GATEWAY_TIMEOUT_MS: '0' })).toThrow(/SMS_GATEWAY_TIMEOUT_MS must be >= 100/);
  });
});

describe('LogNotifier', () => {
  it('logs one line per notification with the phone number masked and without the text', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const n = new LogNotifier(createLogger('notifications', 'info', sink));
    await n.send({
      id: 'n1',
      kind: 'order_ready',
      orderId: 'o1',
      customerId: 'c1',
      to: '+15557654321',
      text: 'Hi Ada, your MallBots order O1 is ready for pickup.',
      idempotencyKey: 'o1:order_ready',
    });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      msg: 'notification sent',
      kind: 'order_ready',
      orderId: 'o1',
      customerId: 'c1',
      to: '***21',
      channel: 'log',
    });
    expect(lines[0]).not.toContain('7654321');
    expect(lines[0]).not.toContain('ready for pickup');
  });
});
