/**
 * The message envelope and its mapping onto AMQP 0-9-1 properties.
 *
 * Contract: an `Envelope` is what handlers receive and publishers send. lib/am never looks inside `payload`
 * (callers encode, e.g. protobuf). On the wire: `messageId` -> property messageId, `name` -> property type,
 * `timestamp` -> property timestamp (POSIX seconds, as AMQP specifies) plus header `x-timestamp-ms` for millisecond
 * precision, `correlationId` -> property correlationId, `causationId` -> header `x-causation-id`, `headers` ->
 * AMQP headers (string values). Every message is persistent with content type `application/x-protobuf`.
 * `fromAmqpMessage` is strict: a delivery without messageId, type or timestamp is a `MalformedMessageError`.
 */
import { randomUUID } from 'node:crypto';
import type { Options } from 'amqplib';
import { MalformedMessageError } from './errors.ts';

/** Header names carried by lib/am messages. W3C trace context keeps its standard names. */
export const Headers = {
  Traceparent: 'traceparent',
  Tracestate: 'tracestate',
  Baggage: 'baggage',
  SagaId: 'x-saga-id',
  SagaName: 'x-saga-name',
  ReplyChannel: 'x-reply-channel',
  ReplyOutcome: 'x-reply-outcome',
  CausationId: 'x-causation-id',
  TimestampMs: 'x-timestamp-ms',
  /** Delivery attempt of this copy of the message, 1-based ("1" when absent). On a dead-lettered copy: the last attempt. */
  Attempt: 'x-attempt',
  /** Why the message was dead-lettered (error name and message, truncated). */
  DeathReason: 'x-death-reason',
  /** The queue whose consumer dead-lettered the message. */
  DeathQueue: 'x-death-queue',
  /** Where the message was first published (kept across retries, which travel through the default exchange). */
  OriginalExchange: 'x-original-exchange',
  OriginalRoutingKey: 'x-original-routing-key',
} as const;

export type HeaderName = (typeof Headers)[keyof typeof Headers];

export const CONTENT_TYPE = 'application/x-protobuf';

export interface Envelope {
  /** Unique id (UUID) of this message; the consumer's inbox dedupes on it. */
  messageId: string;
  /** Message name (e.g. a fully qualified protobuf type); AMQP property `type`. */
  name: string;
  /** Encoded payload; lib/am does not interpret it. */
  payload: Uint8Array;
  timestamp: Date;
  correlationId?: string;
  causationId?: string;
  /** Trace context, saga id/name, reply channel/outcome, ... Values are strings. */
  headers: Record<string, string>;
}

export interface EnvelopeInit {
  name: string;
  payload: Uint8Array;
  messageId?: string;
  timestamp?: Date;
  correlationId?: string;
  causationId?: string;
  headers?: Record<string, string>;
}

/** Builds an envelope: fresh UUID and the current time unless given. */
export function createEnvelope(init: EnvelopeInit): Envelope {
  if (!init.name) throw new TypeError('envelope name must be a non-empty string');
  const env: Envelope = {
    messageId: init.messageId ?? randomUUID(),
    name: init.name,
    payload: init.payload,
    timestamp: init.timestamp ?? new Date(),
    headers: { ...init.headers },
  };
  if (init.correlationId !== undefined) env.correlationId = init.correlationId;
  if (init.causationId !== undefined) env.causationId = init.causationId;
  return env;
}

/**
 * Builds an envelope caused by `cause`: causationId = cause.messageId, correlationId = cause's correlation id
 * (or its message id when it starts a conversation). Headers are not copied (trace context is the telemetry
 * layer's job).
 */
export function createCausedEnvelope(cause: Envelope, init: EnvelopeInit): Envelope {
  return createEnvelope({
    correlationId: cause.correlationId ?? cause.messageId,
    causationId: cause.messageId,
    ...init,
  });
}

/** Headers that lib/am maps onto envelope fields; they never appear in `Envelope.headers`. */
const MAPPED_HEADERS: ReadonlySet<string> = new Set([Headers.CausationId, Headers.TimestampMs]);

/** The AMQP publish properties for an envelope (persistent, protobuf content type). */
export function toPublishOptions(env: Envelope): Options.Publish {
  const ms = env.timestamp.getTime();
  if (!Number.isFinite(ms)) throw new TypeError(`envelope ${env.messageId} has an invalid timestamp`);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(env.headers)) if (!MAPPED_HEADERS.has(k)) headers[k] = v;
  if (env.causationId !== undefined) headers[Headers.CausationId] = env.causationId;
  headers[Headers.TimestampMs] = String(ms);
  const opts: Options.Publish = {
    messageId: env.messageId,
    type: env.name,
    timestamp: Math.floor(ms / 1000),
    contentType: CONTENT_TYPE,
    persistent: true,
    headers,
  };
  if (env.correlationId !== undefined) opts.correlationId = env.correlationId;
  return opts;
}

/** The payload as a Buffer for amqplib, without copying. */
export function toContent(payload: Uint8Array): Buffer {
  return Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
}

/** The parts of an amqplib message that the envelope mapping reads. */
export interface AmqpMessageLike {
  content: Uint8Array;
  properties: {
    messageId?: unknown;
    type?: unknown;
    timestamp?: unknown;
    correlationId?: unknown;
    headers?: unknown;
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** A header value as a string, or undefined for values that are not scalars (x-death tables, byte arrays). */
function headerString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Reads the Attempt header of a delivery (1 when absent or unreadable). */
export function readAttempt(headers: unknown): number {
  if (!isRecord(headers)) return 1;
  const n = Number(headerString(headers[Headers.Attempt]));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Maps a delivered AMQP message to an Envelope; throws MalformedMessageError when it is not one. */
export function fromAmqpMessage(msg: AmqpMessageLike): Envelope {
  const p = msg.properties;
  if (typeof p.messageId !== 'string' || p.messageId === '') throw new MalformedMessageError('missing messageId');
  if (typeof p.type !== 'string' || p.type === '') throw new MalformedMessageError('missing type (message name)');
  if (p.headers !== undefined && p.headers !== null && !isRecord(p.headers)) {
    throw new MalformedMessageError('headers is not a table');
  }
  const raw = isRecord(p.headers) ? p.headers : {};

  let ms: number | undefined;
  const msHeader = headerString(raw[Headers.TimestampMs]);
  if (msHeader !== undefined && /^\d+$/.test(msHeader)) ms = Number(msHeader);
  else if (typeof p.timestamp === 'number' && Number.isFinite(p.timestamp)) ms = p.timestamp * 1000;
  if (ms === undefined) throw new MalformedMessageError('missing timestamp');

  const headers: Record<string, string> = {};
  let causationId: string | undefined;
  for (const [k, v] of Object.entries(raw)) {
    const s = headerString(v);
    if (s === undefined) continue;
    if (k === Headers.CausationId) causationId = s;
    else if (!MAPPED_HEADERS.has(k)) headers[k] = s;
  }

  const env: Envelope = {
    messageId: p.messageId,
    name: p.type,
    payload: msg.content,
    timestamp: new Date(ms),
    headers,
  };
  if (typeof p.correlationId === 'string' && p.correlationId !== '') env.correlationId = p.correlationId;
  if (causationId !== undefined) env.causationId = causationId;
  return env;
}
