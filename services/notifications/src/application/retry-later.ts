/**
 * A failure that may go away on its own: the customers peer or the notifier (SMS gateway) is unreachable or
 * answered with a transient error. Deliberately not a DomainError: for a consumed event lib/runtime then rolls the
 * unit of work back (the claimed notification row with it) and lib/am retries the message with backoff; the gRPC
 * adapter turns it into UNAVAILABLE.
 */
export class RetryLater extends Error {
  override name = 'RetryLater';
}
