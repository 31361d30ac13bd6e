/**
 * A failure that may go away on its own: a peer is unreachable, or a status event arrived before the OrderCreated
 * it depends on. Deliberately not a DomainError: lib/runtime dead-letters domain errors at once, while any other
 * error rolls the unit of work back and lib/am retries the message with exponential backoff.
 */
export class RetryLater extends Error {
  override name = 'RetryLater';
}
