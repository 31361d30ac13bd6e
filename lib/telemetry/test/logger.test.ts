import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/logger.ts';

describe('createLogger', () => {
  it('has written every line to stdout when the call returns: a SIGKILL right after loses none', () => {
    const fixture = fileURLToPath(new URL('./fixtures/log-and-die.ts', import.meta.url));
    const child = spawnSync(process.execPath, [fixture, '200'], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const lines = child.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['line'])).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(lines[0]).toMatchObject({ level: 'info', service: 'fixture', msg: 'last words', smsNumber: '[redacted]' });
  });

  it('censors sensitive keys at the top level and one level down', () => {
    const out: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('svc', 'info', sink);
    logger.info({ customer: { smsNumber: '+15550100', name: 'Ada' }, payload: 'secret' }, 'hello');
    const line = JSON.parse(out.join('')) as { customer: Record<string, string>; payload: string };
    expect(line.customer).toEqual({ smsNumber: '[redacted]', name: 'Ada' });
    expect(line.payload).toBe('[redacted]');
    expect(out.join('')).not.toContain('+15550100');
  });
});
