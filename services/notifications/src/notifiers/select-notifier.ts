/**
 * Notifier selection by configuration:
 *   NOTIFIER=log (default)        -> LogNotifier
 *   NOTIFIER=sms-gateway          -> SmsGatewayNotifier; SMS_GATEWAY_URL (http/https) is then required,
 *                                    SMS_GATEWAY_TOKEN (a secret, never logged) and SMS_GATEWAY_TIMEOUT_MS optional.
 * Each variable is parsed by lib/config at start-up; the rule that spans two variables is checked here, and breaks
 * start-up with a ConfigError naming the missing variable.
 */
import { ConfigError, int, oneOf, optional, str, url, type ConfigOf } from '@mallbots/config';
import type { Logger } from '@mallbots/telemetry';
import type { Notifier } from '../application/notifier.ts';
import { LogNotifier } from './log-notifier.ts';
import { SmsGatewayNotifier } from './sms-gateway-notifier.ts';

export const notifierConfig = {
  NOTIFIER: oneOf(['log', 'sms-gateway'] as const, { default: 'log' }),
  SMS_GATEWAY_URL: optional(url(['http:', 'https:'])),
  SMS_GATEWAY_TOKEN: optional(str()),
  SMS_GATEWAY_TIMEOUT_MS: int({ default: 5000, min: 100, max: 60_000 }),
};

export function selectNotifier(config: ConfigOf<typeof notifierConfig>, logger: Logger): Notifier {
  const log = logger.child({ component: 'notifier' });
  if (config.NOTIFIER === 'log') return new LogNotifier(log);
  if (!config.SMS_GATEWAY_URL) throw new ConfigError(['SMS_GATEWAY_URL is required when NOTIFIER=sms-gateway']);
  return new SmsGatewayNotifier({
    url: config.SMS_GATEWAY_URL,
    token: config.SMS_GATEWAY_TOKEN,
    timeoutMs: config.SMS_GATEWAY_TIMEOUT_MS,
    logger: log,
  });
}
