/** Shared bits of the load, check and chaos command lines. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: false });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(usage);
      process.exit(0);
    }
    return values as { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

/** A number from a flag, else an environment variable, else the default; exits naming the flag when malformed. */
export function num(flag: string, raw: string | undefined, envRaw: string | undefined, def: number, min = 0): number {
  const s = raw ?? envRaw;
  if (s === undefined || s === '') return def;
  const n = Number(s);
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`--${flag}: "${s}" is not a number >= ${min}\n`);
    process.exit(2);
  }
  return n;
}

export const out = (line: string): boolean => process.stdout.write(`${line}\n`);
export const err = (line: string): boolean => process.stderr.write(`${line}\n`);

/** A progress line that rewrites itself on a terminal and prints every 5 s otherwise (logs, CI). */
export function progressPrinter(): { print(line: string): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    print(line) {
      if (tty) process.stderr.write(`\r\x1b[K${line}`);
      else if (Date.now() - last >= 5000) {
        last = Date.now();
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
