/** A payload or a name that does not fit the proto contracts (unknown name, wrong field type, undecodable bytes). */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  /** The message or service name concerned, when known. */
  readonly contract: string | undefined;

  constructor(message: string, options: { contract?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.contract = options.contract;
  }
}
