import { describe, it, expect } from '@jest/globals';
import { loadConfig, str, int, port, url, bool, hostPort, oneOf, optional, ConfigError, serviceSpec } from '@mallbots/config';

describe('loadConfig', () => {
  const spec = {
    NAME: str(),
    COUNT: int({ default: 3, min: 1 }),
    PORT: port({ default: 9000 }),
    DB: url(['postgres:']),
    FLAG: bool({ default: false }),
    PEER: optional(hostPort()),
    MODE: oneOf(['a', 'b'] as const, { default: 'a' }),
  };

  it('parses values and applies defaults', () => {
    const c = loadConfig(spec, { NAME: 'x', DB: 'postgres://u@h/db', FLAG: 'true', PEER: 'stores:9000' });
    expect(c).toEqual({ NAME: 'x', COUNT: 3, PORT: 9000, DB: 'postgres://u@h/db', FLAG: true, PEER: 'stores:9000', MODE: 'a' });
  });

  it('names every missing or malformed variable', () => {
    let err: unknown;
    try {
      loadConfig(spec, { COUNT: '0', PORT: '70000', DB: 'mysql://secret:pw@h/db', FLAG: 'maybe', PEER: 'nope', MODE: 'c' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    for (const name of [
      'NAME is required',
      'COUNT must be >= 1',
      'PORT must be <= 65535',
      'DB must use postgres:',
      'FLAG must be true or false',
      'PEER must be host:port',
      'MODE must be one of a, b',
    ]) {
      expect(problems).toContain(name);
    }
    expect(problems).not.toContain('pw');
  });

  it('leaves optional variables undefined', () => {
    const c = loadConfig({ PEER: optional(hostPort()) }, {});
    expect(c.PEER).toBeUndefined();
  });

  it('rejects non-integers', () => {
    expect(() => loadConfig({ N: int() }, { N: '1.5' })).toThrow('N must be an integer');
  });

  it('the service spec has working defaults', () => {
    const c = loadConfig(serviceSpec({ grpcPort: 9002, httpPort: 9102, schema: 'customers' }), {});
    expect(c.GRPC_PORT).toBe(9002);
    expect(c.HTTP_PORT).toBe(9102);
    expect(c.DATABASE_SCHEMA).toBe('customers');
    expect(c.RABBITMQ_URL).toMatch(/^amqp:/);
  });
});
