/**
 * The deadline scanner: every `intervalMs` it times out the sagas whose step deadline passed (see
 * expireDueSagas), batch after batch while batches come back full. Scans never overlap; an error is logged and
 * the next scan tries again. Safe with several replicas (FOR UPDATE SKIP LOCKED).
 */
import type { Logger } from '@mallbots/telemetry';

export interface ScannerOptions {
  intervalMs: number;
  batch: number;
  scan: (batch: number) => Promise<{ claimed: number; expired: number }>;
  logger: Logger;
}

export class DeadlineScanner {
  readonly #o: ScannerOptions;
  #timer: NodeJS.Timeout | undefined;
  #scanning: Promise<void> | undefined;
  #stopped = true;

  constructor(opts: ScannerOptions) {
    this.#o = opts;
  }

  start(): void {
    this.#stopped = false;
    this.#schedule();
  }

  /** Stops scheduling and waits for the scan in flight. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#scanning;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#scanning = this.#scan().finally(() => {
        this.#scanning = undefined;
        this.#schedule();
      });
    }, this.#o.intervalMs);
    this.#timer.unref();
  }

  async #scan(): Promise<void> {
    try {
      for (;;) {
        const { claimed, expired } = await this.#o.scan(this.#o.batch);
        if (expired > 0) this.#o.logger.info({ expired }, 'saga steps timed out');
        if (claimed < this.#o.batch || this.#stopped) break;
      }
    } catch (err) {
      this.#o.logger.warn({ err: (err as Error).message }, 'saga deadline scan failed; retrying on the next tick');
    }
  }
}
