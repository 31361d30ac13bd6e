/**
 * The one logger of the repository: pino, JSON lines on stdout, level from configuration.
 *
 * Redaction is a safety net, not the policy: code must not put payloads, phone numbers, payment details or
 * secrets into log fields in the first place. Known sensitive keys are censored wherever they appear.
 */
import { pino, type Logger, type LevelWithSilent } from 'pino';
import { activeTraceIds } from './tracing.ts';

export type { Logger };

export const REDACTED_KEYS = ['smsNumber', 'sms_number', 'password', 'authorization', 'payload', 'data'];

export function createLogger(service: string, level: LevelWithSilent = 'info', destination?: pino.DestinationStream): Logger {
  const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]);
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    // Every line logged inside a span carries its trace and span ids.
    mixin: () => activeTraceIds() ?? {},
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything, for tests and libraries used without one. */
export const silentLogger: Logger = pino({ level: 'silent' });
