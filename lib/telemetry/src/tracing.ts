/**
 * Messaging and saga spans through @opentelemetry/api (a no-op when the SDK is not started).
 *
 * The trace context of a message is captured when it is written to the outbox, as a PRODUCER span that is a child
 * of whatever is active then (the gRPC call or the message being handled), and travels in the message headers
 * (W3C traceparent/tracestate/baggage). The consumer continues THAT trace with a CONSUMER span — never the
 * outbox relay's context, which has nothing to do with the request. Span attributes follow the messaging semantic
 * conventions and never include payloads.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';

const tracer = () => trace.getTracer('mallbots');

export type MessageKindLabel = 'event' | 'command' | 'reply';

/** Ends a PRODUCER span for a message about to be written to the outbox and returns the headers carrying it. */
export function producerHeaders(
  name: string,
  kind: MessageKindLabel,
  destination: string,
  extra: Attributes = {},
): Record<string, string> {
  const span = tracer().startSpan(
    `send ${name}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'rabbitmq',
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'send',
        'messaging.destination.name': destination,
        'messaging.message.type': name,
        'mallbots.message.kind': kind,
        ...extra,
      },
    },
    context.active(),
  );
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(context.active(), span), headers);
  span.end();
  return headers;
}

/** Runs `fn` inside a CONSUMER span whose parent is the context carried by the message headers. */
export async function withConsumerSpan<T>(
  name: string,
  headers: Record<string, string>,
  attributes: Attributes,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return tracer().startActiveSpan(
    `process ${name}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'rabbitmq',
        'messaging.operation.type': 'process',
        'messaging.message.type': name,
        ...attributes,
      },
    },
    parent,
    async (span) => {
      try {
        const r = await fn(span);
        return r;
      } catch (err) {
        span.recordException({ name: (err as Error).name, message: (err as Error).message });
        span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
        throw err;
      } finally {
        span.end();
      }
    },
  );
}

/** Runs `fn` in an INTERNAL span (used for saga steps). */
export async function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** Adds attributes to the active span, if any. */
export function annotate(attributes: Attributes): void {
  trace.getActiveSpan()?.setAttributes(attributes);
}

/** trace_id / span_id of the active span, for log lines. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  if (!ctx || !trace.isSpanContextValid(ctx)) return undefined;
  return { trace_id: ctx.traceId, span_id: ctx.spanId };
}
