import { describe, it, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const jit = fileURLToPath(new URL('../src/jit.ts', import.meta.url));

/**
 * In a fresh process: a function called 1,200 times, once per turn of the event loop as a message handler is,
 * then whether V8 optimised it with TurboFan (`%GetOptimizationStatus`, bit 6), given time for the concurrent
 * compile to finish.
 */
function turbofannedAfter1200Calls(turbofanCalls: number): boolean {
  const script = `
    const { tuneJit } = await import(${JSON.stringify(jit)});
    tuneJit(${turbofanCalls});
    const status = new Function('f', 'return %GetOptimizationStatus(f)');
    function handle(msg) { let n = 0; for (const k in msg) n += String(msg[k]).length; return n + JSON.stringify(msg).length; }
    for (let i = 0; i < 1200; i++) {
      handle({ id: i, type: 'OrderCreated', at: Date.now() });
      await new Promise((r) => setImmediate(r));
    }
    let turbofanned = false;
    for (let t = 0; t < 40 && !turbofanned; t++) {
      turbofanned = (status(handle) & (1 << 6)) !== 0;
      await new Promise((r) => setTimeout(r, 25));
    }
    process.stdout.write(String(turbofanned));
  `;
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return out.trim() === 'true';
}

describe('tuneJit', () => {
  it('has a per-message function optimised by TurboFan after 1,200 calls, which V8’s own count does not', () => {
    expect(turbofannedAfter1200Calls(500)).toBe(true); // JIT_TURBOFAN_CALLS' default
    expect(turbofannedAfter1200Calls(0)).toBe(false); // 0: V8's count (3,000)
  });
});
