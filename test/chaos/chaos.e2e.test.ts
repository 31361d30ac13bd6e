/**
 * The short chaos run of CI: ~30 s of kiosk load at a modest rate against every service as its own process,
 * one SIGKILL of cosec (restarted) and one force-close of every broker connection of the cluster; then the
 * checker must find nothing lost, nothing doubled and every outcome as expected, and every in-flight saga must
 * have finished after each fault. `npm run chaos` is the long version with every fault (test/load/chaos.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Cluster } from '../support/cluster.ts';
import { formatChaos, runChaos, type ChaosReport } from '../load/chaos-run.ts';
import { formatReport } from '../load/checker.ts';
import { brokerFault, killFault } from '../load/faults.ts';

describe('chaos: nothing lost, nothing doubled', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start({ label: 'chaos-ci', env: { DATABASE_POOL_MAX: '4' } });
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('survives a killed coordinator and a broker outage under load', async () => {
    mkdirSync(cluster.logDir, { recursive: true });
    const lines: string[] = [];
    let rep: ChaosReport | undefined;
    try {
      rep = await runChaos(cluster, {
        rate: 5,
        faults: [killFault('cosec', 1500), brokerFault()],
        mix: { disabled: 0.1, wrongAmount: 0.1, maxItems: 2 },
        baselineMs: 4000,
        leadMs: 3000,
        phaseMs: 13_000,
        recoveryTimeoutMs: 25_000,
        boundMs: 30_000,
        settleMs: 1000,
        recordFile: join(cluster.logDir, 'orders.jsonl'),
        log: (l) => lines.push(l),
      });
    } finally {
      if (rep) lines.push(formatReport(rep.check), formatChaos(rep));
      // the report is what one needs when this fails in CI
      process.stderr.write(`${lines.join('\n')}\n`);
    }
    const { summary } = rep.check;
    expect(rep.check.db).toBe('used'); // the cross-checks in the services' tables ran
    expect(summary.orders).toBeGreaterThan(60);
    expect(summary.rejected).toBeGreaterThan(0); // compensations did happen under the faults
    expect({
      lost: summary.lost,
      doubled: summary.doubled,
      unexpected: summary.unexpected,
      unobserved: summary.unobserved,
    }).toEqual({
      lost: 0,
      doubled: 0,
      unexpected: 0,
      unobserved: 0,
    });
    for (const f of rep.faults) {
      expect({ fault: f.fault, problems: f.problems, recovered: f.recovery_ms !== null }).toEqual({
        fault: f.fault,
        problems: [],
        recovered: true,
      });
    }
  }, 85_000);
});
