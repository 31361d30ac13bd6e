/**
 * Errors of @mallbots/am.
 *
 * Contract: a handler that throws `PermanentError` (or a subclass) sends the message straight to its queue's
 * dead-letter queue, without retries; any other thrown value is retried with backoff. `MalformedMessageError`
 * is what the consumer uses for deliveries that cannot be turned into an `Envelope` (also dead-lettered at once).
 * Publishing rejects with `BrokerUnavailableError` (not connected within the publish timeout, or closed),
 * `UnroutableError` (only when the caller asked for `requireRoute`), `PublishConfirmError` (nack, channel loss,
 * confirm timeout) or, for `publishMany`, `PublishBatchError` carrying the per-item outcome.
 */

/** Thrown by a handler when retrying cannot help: the message goes straight to the dead-letter queue. */
export class PermanentError extends Error {
  override name = 'PermanentError';
}

/** A delivery that cannot be turned into an Envelope (missing messageId, type, timestamp, ...). */
export class MalformedMessageError extends PermanentError {
  override name = 'MalformedMessageError';
}

/** The broker is not connected (within the publish timeout) or the Broker was closed. Safe to retry later. */
export class BrokerUnavailableError extends Error {
  override name = 'BrokerUnavailableError';
}

/** The broker did not confirm a publish: nack, channel/connection loss before the confirm, or confirm timeout. */
export class PublishConfirmError extends Error {
  override name = 'PublishConfirmError';
}

/** A mandatory publish was returned (no queue bound) and the caller asked for `requireRoute`. */
export class UnroutableError extends Error {
  override name = 'UnroutableError';
  readonly exchange: string;
  readonly routingKey: string;
  constructor(exchange: string, routingKey: string, replyText: string) {
    super(`unroutable message: exchange "${exchange}", routing key "${routingKey}" (${replyText})`);
    this.exchange = exchange;
    this.routingKey = routingKey;
  }
}

/**
 * `publishMany` could not publish every item. `results[i]` is the outcome of `items[i]`: callers (an outbox
 * relay) mark the fulfilled ones as published and keep the rest. Items after a connection loss inside the batch
 * are not sent at all (rejected with BrokerUnavailableError), which keeps the published part an ordered prefix
 * whenever the broker itself did not nack.
 */
export class PublishBatchError extends AggregateError {
  override name = 'PublishBatchError';
  readonly results: readonly PromiseSettledResult<void>[];
  constructor(results: readonly PromiseSettledResult<void>[]) {
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    super(reasons, `${reasons.length} of ${results.length} messages were not confirmed by the broker`);
    this.results = results;
  }
}

interface ErrorLike {
  name?: unknown;
  message: string;
  code?: unknown;
  errors?: unknown;
}

/** Errors from another realm (e.g. Node's core errors seen inside a vm context) fail `instanceof Error`. */
function isErrorLike(err: unknown): err is ErrorLike {
  return (
    err instanceof Error ||
    (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string')
  );
}

function describeUnbounded(err: unknown, depth: number): string {
  if (isErrorLike(err)) {
    const name = typeof err.name === 'string' && err.name ? err.name : 'Error';
    let message = err.message;
    if (!message && Array.isArray(err.errors) && err.errors.length > 0 && depth < 2) {
      message = err.errors.map((e: unknown) => describeUnbounded(e, depth + 1)).join('; ');
    }
    if (!message && typeof err.code === 'string') message = err.code;
    return message ? `${name}: ${message}` : name;
  }
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** A readable, bounded description of any thrown value (used for the dead-letter reason header and logs). */
export function describeError(err: unknown, maxLength = 512): string {
  const text = describeUnbounded(err, 0);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
