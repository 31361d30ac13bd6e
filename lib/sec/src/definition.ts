/**
 * Saga definitions: an ordered list of numbered steps, declared fluently.
 *
 * Contract: a step has an optional action (a command built from the saga data), an optional compensation (the
 * command that undoes the action), reply handlers that may return new saga data (only for the action's success
 * reply), and an optional timeout. Steps are numbered from 0 in declaration order and `.step(n)` must name the
 * number it declares, so the code reads like the table in the design doc:
 *
 *   defineSaga<TripData, Messages>({ name: 'travel.BookTrip', version: 1, replyChannel: 'travel.book-trip' })
 *     // 0. -CancelTrip: the trip exists before the saga starts; cancelling it is the last compensation
 *     .step(0).compensation('CancelTrip', (d) => ({ id: d.tripId }))
 *     // 1. ReserveCar, -ReleaseCar
 *     .step(1).action('ReserveCar', (d) => ({ tripId: d.tripId })).compensation('ReleaseCar', (d) => ({ tripId: d.tripId }))
 *     .build();
 *
 * The command and reply names are keys of a message map `M` (e.g. the generated `MessageTypes` of
 * @mallbots/contracts: `{ [name]: { input, output } }`), so payload builders and reply handlers are type-checked.
 * A compensation builder may return `undefined` when there is nothing to undo (the step is then skipped).
 * Definitions are immutable values; a changed definition gets a new `version` (instances keep the version they
 * started with, see SagaCoordinator).
 */

/** A map from message name to its payload types: `input` (what is encoded) and `output` (what is decoded). */
export type MessageMap<M> = { [K in keyof M]: { input: unknown; output: unknown } };

type NameOf<M> = Extract<keyof M, string>;
type InputOf<M, N extends keyof M> = M[N] extends { input: infer I } ? I : never;
type OutputOf<M, N extends keyof M> = M[N] extends { output: infer O } ? O : never;

/** A command of a step, as stored in the definition (types erased). */
export interface StepCommand<D> {
  readonly name: string;
  /** The payload; `undefined` (compensations only) means "nothing to undo", the step is skipped. */
  build(data: D): unknown;
}

/** Applies a success reply to the saga data (method syntax keeps definitions assignable to SagaDefinition<unknown>). */
export interface ReplyHandler<D> {
  apply(data: D, payload: unknown): D;
}

export interface SagaStep<D> {
  readonly index: number;
  readonly action: StepCommand<D> | undefined;
  readonly compensation: StepCommand<D> | undefined;
  /** Success replies to the action that carry data; when not empty, a success reply must be one of them. */
  readonly replies: ReadonlyMap<string, ReplyHandler<D>>;
  /** Overrides the coordinator's default step timeout (action and compensation). */
  readonly timeoutMs: number | undefined;
}

export interface SagaDefinition<D> {
  readonly name: string;
  /** Positive integer; bump it for every change of steps, commands or data shape. */
  readonly version: number;
  /** Where participants send their replies (routing key on the replies exchange). */
  readonly replyChannel: string;
  readonly steps: readonly SagaStep<D>[];
}

export interface SagaOptions {
  name: string;
  version: number;
  replyChannel: string;
}

interface MutableStep<D> {
  index: number;
  action: StepCommand<D> | undefined;
  compensation: StepCommand<D> | undefined;
  replies: Map<string, ReplyHandler<D>>;
  timeoutMs: number | undefined;
}

export class SagaDefinitionError extends Error {
  override name = 'SagaDefinitionError';
}

/** Starts a definition; add steps with `.step(0)`, `.step(1)`, ... and finish with `.build()`. */
export function defineSaga<D, M extends MessageMap<M>>(options: SagaOptions): SagaBuilder<D, M> {
  if (!options.name.trim()) throw new SagaDefinitionError('a saga needs a name');
  if (!Number.isInteger(options.version) || options.version < 1) {
    throw new SagaDefinitionError(`${options.name}: version must be a positive integer`);
  }
  if (!options.replyChannel.trim()) throw new SagaDefinitionError(`${options.name}: a saga needs a reply channel`);
  return new SagaBuilder<D, M>(options, []);
}

export class SagaBuilder<D, M extends MessageMap<M>> {
  readonly #options: SagaOptions;
  readonly #steps: MutableStep<D>[];

  constructor(options: SagaOptions, steps: MutableStep<D>[]) {
    this.#options = options;
    this.#steps = steps;
  }

  /** Declares step `index` (the next number: 0, 1, 2, ...). */
  step(index: number): StepBuilder<D, M> {
    if (index !== this.#steps.length) {
      throw new SagaDefinitionError(`${this.#options.name}: expected step ${this.#steps.length}, got step ${index}`);
    }
    const step: MutableStep<D> = { index, action: undefined, compensation: undefined, replies: new Map(), timeoutMs: undefined };
    this.#steps.push(step);
    return new StepBuilder<D, M>(this.#options, this.#steps, step);
  }

  build(): SagaDefinition<D> {
    const name = this.#options.name;
    if (this.#steps.length === 0) throw new SagaDefinitionError(`${name}: a saga needs at least one step`);
    const steps = this.#steps.map((s): SagaStep<D> => {
      if (!s.action && !s.compensation)
        throw new SagaDefinitionError(`${name}: step ${s.index} has neither action nor compensation`);
      if (s.replies.size > 0 && !s.action)
        throw new SagaDefinitionError(`${name}: step ${s.index} handles replies but has no action`);
      return Object.freeze({ ...s, replies: new Map(s.replies) });
    });
    return Object.freeze({ ...this.#options, steps: Object.freeze(steps) });
  }
}

export class StepBuilder<D, M extends MessageMap<M>> extends SagaBuilder<D, M> {
  readonly #step: MutableStep<D>;
  readonly #saga: string;

  constructor(options: SagaOptions, steps: MutableStep<D>[], step: MutableStep<D>) {
    super(options, steps);
    this.#step = step;
    this.#saga = options.name;
  }

  /** The command this step sends going forwards. */
  action<N extends NameOf<M>>(command: N, build: (data: D) => InputOf<M, N>): this {
    if (this.#step.action) throw new SagaDefinitionError(`${this.#saga}: step ${this.#step.index} already has an action`);
    this.#step.action = { name: command, build };
    return this;
  }

  /** The command that undoes this step's action; return `undefined` when there is nothing to undo. */
  compensation<N extends NameOf<M>>(command: N, build: (data: D) => InputOf<M, N> | undefined): this {
    if (this.#step.compensation)
      throw new SagaDefinitionError(`${this.#saga}: step ${this.#step.index} already has a compensation`);
    this.#step.compensation = { name: command, build };
    return this;
  }

  /**
   * A success reply to the action that carries data: `handle` returns the new saga data. It may throw to reject a
   * malformed reply, which then counts as the step's failure.
   */
  onReply<N extends NameOf<M>>(reply: N, handle: (data: D, reply: OutputOf<M, N>) => D): this {
    this.#step.replies.set(reply, { apply: (data, payload) => handle(data, payload as OutputOf<M, N>) });
    return this;
  }

  /** How long to wait for this step's reply (action or compensation) before it counts as failed. */
  timeout(ms: number): this {
    if (!Number.isInteger(ms) || ms < 1)
      throw new SagaDefinitionError(`${this.#saga}: step ${this.#step.index} timeout must be >= 1 ms`);
    this.#step.timeoutMs = ms;
    return this;
  }
}
