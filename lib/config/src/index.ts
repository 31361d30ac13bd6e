/**
 * Typed configuration from environment variables, parsed once at start-up.
 *
 * A service declares a spec (variable name -> parser) and calls `loadConfig` once in `main.ts`. Every variable is
 * checked; if any is missing or malformed, `loadConfig` throws a `ConfigError` that names each bad variable, so
 * the process stops before it opens a port. Nothing else reads `process.env`.
 */

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export interface Parser<T> {
  readonly optional: boolean;
  readonly defaultValue: T | undefined;
  parse(raw: string): T;
  describe: string;
}

interface Options<T> {
  default?: T;
}

function parser<T>(describe: string, parse: (raw: string) => T, opts: Options<T>): Parser<T> {
  return { describe, parse, defaultValue: opts.default, optional: false };
}

/** The variable may be absent: its value is then `undefined`. */
export function optional<T>(p: Parser<T>): Parser<T | undefined> {
  return { ...p, optional: true };
}

export const str = (opts: Options<string> & { allowEmpty?: boolean } = {}): Parser<string> =>
  parser(
    'a string',
    (raw) => {
      if (!opts.allowEmpty && raw.trim() === '') throw new Error('must not be empty');
      return raw;
    },
    opts,
  );

export const int = (opts: Options<number> & { min?: number; max?: number } = {}): Parser<number> =>
  parser(
    'an integer',
    (raw) => {
      if (!/^-?\d+$/.test(raw.trim())) throw new Error(`must be an integer, got "${raw}"`);
      const n = Number(raw);
      if (opts.min !== undefined && n < opts.min) throw new Error(`must be >= ${opts.min}, got ${n}`);
      if (opts.max !== undefined && n > opts.max) throw new Error(`must be <= ${opts.max}, got ${n}`);
      return n;
    },
    opts,
  );

export const port = (opts: Options<number> = {}): Parser<number> => int({ ...opts, min: 0, max: 65535 });

export const bool = (opts: Options<boolean> = {}): Parser<boolean> =>
  parser(
    'a boolean',
    (raw) => {
      const v = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      throw new Error(`must be true or false, got "${raw}"`);
    },
    opts,
  );

export const oneOf = <const V extends string>(values: readonly V[], opts: Options<V> = {}): Parser<V> =>
  parser(
    `one of ${values.join(', ')}`,
    (raw) => {
      if (!(values as readonly string[]).includes(raw)) throw new Error(`must be one of ${values.join(', ')}, got "${raw}"`);
      return raw as V;
    },
    opts,
  );

/** A URL with one of the given protocols (e.g. `postgres:`, `amqp:`). Credentials are never echoed in errors. */
export const url = (protocols: readonly string[], opts: Options<string> = {}): Parser<string> =>
  parser(
    `a ${protocols.join('/')} URL`,
    (raw) => {
      let u: URL;
      try {
        u = new URL(raw);
      } catch {
        throw new Error(`must be a URL (${protocols.join(' or ')})`);
      }
      if (!protocols.includes(u.protocol)) throw new Error(`must use ${protocols.join(' or ')}, got ${u.protocol}`);
      return raw;
    },
    opts,
  );

/** host:port, as used for peer gRPC addresses. */
export const hostPort = (opts: Options<string> = {}): Parser<string> =>
  parser(
    'host:port',
    (raw) => {
      const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(raw.trim());
      if (!m || Number(m[2]) > 65535) throw new Error(`must be host:port, got "${raw}"`);
      return raw.trim();
    },
    opts,
  );

export type Spec = Record<string, Parser<unknown>>;
export type ConfigOf<S extends Spec> = {
  readonly [K in keyof S]: S[K] extends Parser<infer T> ? T : never;
};

/** Parses every variable of the spec from `source` (default `process.env`); throws ConfigError naming each bad one. */
export function loadConfig<S extends Spec>(spec: S, source: Record<string, string | undefined> = process.env): ConfigOf<S> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, p] of Object.entries(spec)) {
    const raw = source[name];
    if (raw === undefined || raw === '') {
      if (p.defaultValue !== undefined) out[name] = p.defaultValue;
      else if (p.optional) out[name] = undefined;
      else problems.push(`${name} is required (${p.describe})`);
      continue;
    }
    try {
      out[name] = p.parse(raw);
    } catch (err) {
      problems.push(`${name} ${(err as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as ConfigOf<S>;
}

/** Where a service's database is unless DATABASE_URL says otherwise: the local run's (`make up`). */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/mallbots';

/** V8 optimises a service's function with TurboFan after this many calls (lib/runtime/src/jit.ts; V8's own: 3,000). */
export const DEFAULT_JIT_TURBOFAN_CALLS = 500;

/**
 * The variables every service reads. Ports default to the local-run ports of ARCHITECTURE.md §8; in Kubernetes
 * the chart sets GRPC_PORT=9000 and HTTP_PORT=8080.
 */
export function serviceSpec(defaults: { grpcPort: number; httpPort: number; schema: string }) {
  return {
    GRPC_HOST: str({ default: '0.0.0.0' }),
    GRPC_PORT: port({ default: defaults.grpcPort }),
    HTTP_HOST: str({ default: '0.0.0.0' }),
    HTTP_PORT: port({ default: defaults.httpPort }),
    DATABASE_URL: url(['postgres:', 'postgresql:'], { default: DEFAULT_DATABASE_URL }),
    DATABASE_SCHEMA: str({ default: defaults.schema }),
    DATABASE_POOL_MAX: int({ default: 10, min: 1, max: 200 }),
    DATABASE_PREPARED_STATEMENTS: bool({ default: true }),
    RABBITMQ_URL: url(['amqp:', 'amqps:'], { default: 'amqp://guest:guest@127.0.0.1:5672' }),
    AMQP_NAMESPACE: str({ default: 'mallbots.' }),
    AMQP_PREFETCH: int({ default: 50, min: 1, max: 1000 }),
    AMQP_ACK_DELAY_MS: int({ default: 200, min: 0, max: 1000 }),
    OUTBOX_DELETE_DELAY_MS: int({ default: 250, min: 0, max: 60_000 }),
    LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, { default: 'info' }),
    SHUTDOWN_TIMEOUT_MS: int({ default: 10_000, min: 0, max: 600_000 }),
    MIGRATE_ON_START: bool({ default: true }),
    JIT_TURBOFAN_CALLS: int({ default: DEFAULT_JIT_TURBOFAN_CALLS, min: 0, max: 1_000_000 }),
  } as const;
}
