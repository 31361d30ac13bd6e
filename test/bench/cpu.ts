/**
 * Where the CPU goes during a measurement: CPU time of each service process (utime + stime from /proc/<pid>/stat),
 * of the benchmark's own process (the simulated kiosk), and of the whole machine (/proc/stat), sampled before and
 * after a window. What the machine spent beyond our processes is the broker, PostgreSQL and anyone else.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ = 100 on Linux

function procTicks(pid: number): { user: number; sys: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(f[11]), sys: Number(f[12]) }; // utime, stime (fields 14, 15)
}

function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface CpuSample {
  at: number;
  procs: Record<string, { user: number; sys: number }>;
  machine: { busy: number; total: number };
}

export function sampleCpu(pids: Record<string, number | undefined>): CpuSample {
  const procs: Record<string, { user: number; sys: number }> = {};
  for (const [name, pid] of Object.entries(pids)) {
    if (!pid) continue;
    try {
      procs[name] = procTicks(pid);
    } catch {
      // gone
    }
  }
  return { at: Date.now(), procs, machine: machineTicks() };
}

/** CPU milliseconds per unit of work (e.g. per checkout) between two samples, by process, and the machine's. */
export function cpuPerUnit(
  a: CpuSample,
  b: CpuSample,
  units: number,
): {
  by_process_ms: Record<string, number>;
  ours_ms: number;
  kernel_pct: Record<string, number>;
  machine_ms: number;
  machine_busy_pct: number;
} {
  const by: Record<string, number> = {};
  const kernel: Record<string, number> = {};
  let ours = 0;
  for (const [k, v] of Object.entries(b.procs)) {
    const was = a.procs[k] ?? v;
    const user = (v.user - was.user) * TICK_MS;
    const sys = (v.sys - was.sys) * TICK_MS;
    ours += user + sys;
    by[k] = Math.round(((user + sys) / units) * 10) / 10;
    if (user + sys > 0) kernel[k] = Math.round((sys / (user + sys)) * 100);
  }
  const busy = (b.machine.busy - a.machine.busy) * TICK_MS;
  const total = (b.machine.total - a.machine.total) * TICK_MS;
  return {
    by_process_ms: by,
    kernel_pct: kernel,
    ours_ms: Math.round((ours / units) * 10) / 10,
    machine_ms: Math.round((busy / units) * 10) / 10,
    machine_busy_pct: Math.round((busy / total) * 1000) / 10,
  };
}
