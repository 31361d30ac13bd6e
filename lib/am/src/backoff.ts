/**
 * Backoff computations: handler retries and broker reconnects.
 *
 * Contract: attempts are 1-based. After attempt n of a message fails (n < maxAttempts), the message waits
 * `retryDelayMs(policy, n)` before attempt n + 1: `delaysMs[n - 1]` (last entry repeated) when a fixed schedule is
 * given, else `min(initialDelayMs * factor^(n-1), maxDelayMs)`. Retry delays carry no jitter, because each distinct
 * delay is a delay queue with a fixed TTL (see topology.ts). Reconnect delays grow the same way and are jittered
 * downwards (never above the cap) so that many clients do not reconnect in lockstep.
 */

export interface RetryPolicy {
  /** Total delivery attempts, including the first (1 = no retries). */
  maxAttempts: number;
  initialDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** Fixed schedule; overrides initialDelayMs/factor/maxDelayMs when non-empty. */
  delaysMs?: readonly number[];
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 5,
  initialDelayMs: 1000,
  factor: 2,
  maxDelayMs: 60_000,
};

function check(cond: boolean, what: string): void {
  if (!cond) throw new RangeError(`invalid retry policy: ${what}`);
}

/** Fills in defaults and validates. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const p: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  if (partial.maxAttempts !== undefined) p.maxAttempts = partial.maxAttempts;
  if (partial.initialDelayMs !== undefined) p.initialDelayMs = partial.initialDelayMs;
  if (partial.factor !== undefined) p.factor = partial.factor;
  if (partial.maxDelayMs !== undefined) p.maxDelayMs = partial.maxDelayMs;
  if (partial.delaysMs !== undefined && partial.delaysMs.length > 0) p.delaysMs = [...partial.delaysMs];
  check(Number.isInteger(p.maxAttempts) && p.maxAttempts >= 1 && p.maxAttempts <= 100, 'maxAttempts must be 1..100');
  check(Number.isInteger(p.initialDelayMs) && p.initialDelayMs >= 1, 'initialDelayMs must be a positive integer');
  check(Number.isFinite(p.factor) && p.factor >= 1, 'factor must be >= 1');
  check(Number.isInteger(p.maxDelayMs) && p.maxDelayMs >= p.initialDelayMs, 'maxDelayMs must be >= initialDelayMs');
  for (const d of p.delaysMs ?? []) check(Number.isInteger(d) && d >= 1, 'delaysMs entries must be positive integers');
  return p;
}

/** Delay (ms, integer) before the attempt after failed attempt `failedAttempt` (1-based). */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number): number {
  const n = Math.max(1, Math.floor(failedAttempt));
  if (policy.delaysMs && policy.delaysMs.length > 0) {
    return policy.delaysMs[Math.min(n, policy.delaysMs.length) - 1] ?? policy.initialDelayMs;
  }
  const raw = policy.initialDelayMs * policy.factor ** (n - 1);
  return Math.round(Math.min(raw, policy.maxDelayMs));
}

/** The distinct delays a queue needs delay queues for (attempts 1 .. maxAttempts-1), ascending. */
export function retryDelaySet(policy: RetryPolicy): number[] {
  const set = new Set<number>();
  for (let n = 1; n < policy.maxAttempts; n++) set.add(retryDelayMs(policy, n));
  return [...set].sort((a, b) => a - b);
}

export interface ReconnectPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
  /** 0..1: the delay is drawn from [base * (1 - jitter), base]. */
  jitter: number;
}

export const DEFAULT_RECONNECT_POLICY: Readonly<ReconnectPolicy> = {
  initialDelayMs: 200,
  maxDelayMs: 15_000,
  factor: 2,
  jitter: 0.3,
};

export function resolveReconnectPolicy(partial: Partial<ReconnectPolicy> = {}): ReconnectPolicy {
  const p: ReconnectPolicy = { ...DEFAULT_RECONNECT_POLICY, ...stripUndefined(partial) };
  if (!(p.initialDelayMs >= 0 && p.maxDelayMs >= p.initialDelayMs && p.factor >= 1 && p.jitter >= 0 && p.jitter <= 1)) {
    throw new RangeError('invalid reconnect policy');
  }
  return p;
}

/** Delay before reconnect attempt `attempt` (1-based). `random` returns [0, 1). */
export function reconnectDelayMs(policy: ReconnectPolicy, attempt: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt));
  const base = Math.min(policy.initialDelayMs * policy.factor ** (n - 1), policy.maxDelayMs);
  return Math.round(base * (1 - policy.jitter * random()));
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] !== undefined) out[key] = o[key];
  return out;
}
