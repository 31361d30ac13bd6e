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

/**
 * Lines go to stdout synchronously: a line is in the pipe before the call returns, so the last lines before a
 * crash (even SIGKILL) are not lost, and no line costs a libuv thread-pool task (pino's default destination writes
 * asynchronously through the pool: ~45 µs more CPU per line, measured). The price: a reader of stdout that stops
 * reading (a full pipe) holds the service up, as it would any program that logs synchronously.
 */
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
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** A logger that drops everything, for tests and libraries used without one. */
export const silentLogger: Logger = pino({ level: 'silent' });
