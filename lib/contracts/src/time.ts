/** Conversions between JS dates/milliseconds and google.protobuf.Timestamp / Duration (as generated: seconds may be a string). */
import type { Long } from '@grpc/proto-loader';
import type { Duration, Duration__Output } from './generated/google/protobuf/Duration.ts';
import type { Timestamp, Timestamp__Output } from './generated/google/protobuf/Timestamp.ts';

function seconds(v: number | string | Long | undefined): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  return v.toNumber();
}

/** A Date as a Timestamp (usable as input and shaped like the decoded output). */
export function toTimestamp(date: Date): Timestamp__Output {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  const secs = Math.floor(ms / 1000);
  return { seconds: String(secs), nanos: (ms - secs * 1000) * 1_000_000 };
}

/** A Timestamp as a Date (millisecond precision); undefined for an absent timestamp. */
export function fromTimestamp(ts: Timestamp | Timestamp__Output | null | undefined): Date | undefined {
  if (!ts) return undefined;
  return new Date(seconds(ts.seconds) * 1000 + Math.floor((ts.nanos ?? 0) / 1_000_000));
}

/** Milliseconds as a Duration. */
export function toDuration(ms: number): Duration__Output {
  if (!Number.isFinite(ms)) throw new RangeError('invalid duration');
  const secs = Math.trunc(ms / 1000);
  return { seconds: String(secs), nanos: Math.round((ms - secs * 1000) * 1_000_000) };
}

/** A Duration in milliseconds; undefined for an absent duration. */
export function fromDuration(d: Duration | Duration__Output | null | undefined): number | undefined {
  if (!d) return undefined;
  return seconds(d.seconds) * 1000 + (d.nanos ?? 0) / 1_000_000;
}
