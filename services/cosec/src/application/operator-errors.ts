import { Aborted, FailedPrecondition, NotFound } from '@mallbots/rpc/errors';
import { SagaConcurrencyError, SagaNotFoundError, SagaStateError } from '@mallbots/sec';

/**
 * Runs an operator action of the coordinator and turns its errors into the API's: unknown saga -> NOT_FOUND,
 * not allowed in this status -> FAILED_PRECONDITION, changed concurrently (a reply or the scanner won) -> ABORTED.
 */
export async function asOperatorAction<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    if (err instanceof SagaNotFoundError) throw new NotFound(err.message);
    if (err instanceof SagaStateError) throw new FailedPrecondition(err.message);
    if (err instanceof SagaConcurrencyError) throw new Aborted(`${err.message}; try again`);
    throw err;
  }
}
