/**
 * Removes a test Cluster's broker topology when a run is over: every queue whose name starts with the cluster's
 * namespace (listed with `rabbitmqctl`, which needs local rights) and the namespace's exchanges. Quorum queues
 * are not free, and the broker is shared: a run must not leave its dozens of queues behind.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { deleteTopology, rabbitmqUrl } from '@mallbots/am/testing';

const exec = promisify(execFile);

export async function deleteClusterTopology(namespace: string): Promise<number> {
  if (!/^[A-Za-z0-9_-]+\.[0-9a-f]{8}\.$/.test(namespace)) throw new Error(`refusing to delete namespace "${namespace}"`);
  let queues: string[] = [];
  try {
    const { stdout } = await exec('rabbitmqctl', ['-q', 'list_queues', '--no-table-headers', 'name'], { timeout: 30_000 });
    queues = stdout
      .split('\n')
      .map((s) => s.trim())
      .filter((q) => q.startsWith(namespace));
  } catch {
    // no rabbitmqctl rights: only the exchanges go
  }
  await deleteTopology(rabbitmqUrl(), namespace, queues);
  return queues.length;
}
