/**
 * Publishing on one confirm channel, many messages in flight.
 *
 * Contract: `write()` waits only for the channel to be writable (the `drain` event after `publish` returned
 * false), sends the message with `mandatory: true` and returns at once with a promise of the broker's confirm.
 * The confirm promise resolves on ack and rejects (PublishConfirmError) on nack, channel close, or when no
 * confirm arrives within `confirmTimeoutMs`. A `basic.return` (no queue bound) is reported through `onReturn`
 * and, since RabbitMQ sends the return before the ack of the same message, the ack then resolves normally unless
 * the caller asked for `requireRoute` (then it rejects with UnroutableError). Nothing waits forever.
 */
import type { ConfirmChannel, Message, Options } from 'amqplib';
import { PublishConfirmError, UnroutableError } from './errors.ts';

export interface ReturnedMessage {
  exchange: string;
  routingKey: string;
  messageId: string | undefined;
  name: string | undefined;
  replyCode: number;
  replyText: string;
}

export interface ChannelPublisherOptions {
  confirmTimeoutMs: number;
  onReturn: (returned: ReturnedMessage) => void;
}

interface Pending {
  key: string;
  returned: ReturnedMessage | undefined;
  requireRoute: boolean;
  settle: (err: Error | null) => void;
}

function noop(): void {}

export class ChannelPublisher {
  readonly channel: ConfirmChannel;
  #opts: ChannelPublisherOptions;
  #closed = false;
  #drain: Promise<void> | null = null;
  #releaseDrain: () => void = noop;
  /** In-flight mandatory publishes by messageId ('' when none), oldest first, to match basic.return. */
  #byKey = new Map<string, Pending[]>();
  #pending = new Set<Pending>();
  #idleWaiters: (() => void)[] = [];

  constructor(channel: ConfirmChannel, opts: ChannelPublisherOptions) {
    this.channel = channel;
    this.#opts = opts;
    channel.on('return', (msg: Message) => this.#onReturn(msg));
    channel.on('drain', () => this.#onDrain());
    channel.on('close', () => this.#onClose());
  }

  get closed(): boolean {
    return this.#closed;
  }

  get inFlight(): number {
    return this.#pending.size;
  }

  /**
   * Sends one message once the channel is writable. Resolves (after the send, not the confirm) with the
   * confirm promise, which already has a rejection handler attached so it may be awaited later.
   */
  async write(
    exchange: string,
    routingKey: string,
    content: Buffer,
    options: Options.Publish,
    requireRoute: boolean,
  ): Promise<{ confirmed: Promise<void> }> {
    while (this.#drain && !this.#closed) await this.#drain;
    if (this.#closed) throw new PublishConfirmError('publish channel closed');

    const key = typeof options.messageId === 'string' ? options.messageId : '';
    let settle: (err: Error | null) => void = noop;
    const confirmed = new Promise<void>((resolve, reject) => {
      settle = (err) => (err ? reject(err) : resolve());
    });
    confirmed.catch(noop);

    let timer: NodeJS.Timeout | undefined = undefined; // set right after the send
    const pending: Pending = {
      key,
      returned: undefined,
      requireRoute,
      settle: (err) => {
        if (!this.#pending.delete(pending)) return;
        if (timer) clearTimeout(timer);
        this.#forget(pending);
        if (!err && pending.returned && pending.requireRoute) {
          err = new UnroutableError(exchange, routingKey, pending.returned.replyText);
        }
        settle(err);
        if (this.#pending.size === 0) this.#notifyIdle();
      },
    };

    let writable: boolean;
    try {
      writable = this.channel.publish(exchange, routingKey, content, { ...options, mandatory: true }, (err: unknown) => {
        pending.settle(err ? new PublishConfirmError(`broker did not confirm: ${String((err as Error).message ?? err)}`) : null);
      });
    } catch (err) {
      // e.g. IllegalOperationError (channel already closed) or RangeError (headers too large)
      throw err instanceof Error ? err : new PublishConfirmError(String(err));
    }
    this.#pending.add(pending);
    const list = this.#byKey.get(key);
    if (list) list.push(pending);
    else this.#byKey.set(key, [pending]);
    timer = setTimeout(
      () => pending.settle(new PublishConfirmError(`no confirm within ${this.#opts.confirmTimeoutMs}ms`)),
      this.#opts.confirmTimeoutMs,
    );
    timer.unref();

    if (!writable && !this.#drain) {
      this.#drain = new Promise<void>((resolve) => {
        this.#releaseDrain = resolve;
      });
    }
    return { confirmed };
  }

  /** Resolves when no confirm is outstanding, or after `timeoutMs`. */
  async waitIdle(timeoutMs: number): Promise<void> {
    if (this.#pending.size === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      this.#idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #notifyIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }

  #forget(p: Pending): void {
    const list = this.#byKey.get(p.key);
    if (!list) return;
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.#byKey.delete(p.key);
  }

  #onReturn(msg: Message): void {
    const messageId = typeof msg.properties.messageId === 'string' ? (msg.properties.messageId as string) : undefined;
    const name = typeof msg.properties.type === 'string' ? (msg.properties.type as string) : undefined;
    const fields = msg.fields as Message['fields'] & { replyCode?: number; replyText?: string };
    const info: ReturnedMessage = {
      exchange: fields.exchange,
      routingKey: fields.routingKey,
      messageId,
      name,
      replyCode: fields.replyCode ?? 312,
      replyText: fields.replyText ?? 'NO_ROUTE',
    };
    const pending = this.#byKey.get(messageId ?? '')?.find((p) => p.returned === undefined);
    if (pending) pending.returned = info;
    try {
      this.#opts.onReturn(info);
    } catch {
      // an observer must not break the channel
    }
  }

  #onDrain(): void {
    const release = this.#releaseDrain;
    this.#drain = null;
    this.#releaseDrain = noop;
    release();
  }

  #onClose(): void {
    this.#closed = true;
    // amqplib fails outstanding confirm callbacks itself; this is the safety net.
    for (const p of [...this.#pending]) p.settle(new PublishConfirmError('publish channel closed before confirm'));
    this.#onDrain();
    this.#notifyIdle();
  }
}
