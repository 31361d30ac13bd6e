import type { Logger } from '@mallbots/telemetry';
import type { SagaCoordinator } from '@mallbots/sec';
import type { TransactionManager, UnitOfWork } from '@mallbots/tm';
import type { SagaRepository } from '../persistence/saga.repository.ts';

/**
 * On start: every unfinished saga continues from its stored state without waiting for new traffic. Its reply (if
 * any) is waiting in the durable replies queue and its command, if not yet published, in the outbox. Deadlines
 * that passed while no coordinator ran are re-armed to `now + graceMs`, so those queued replies are handled
 * before the scanner declares a timeout. Unfinished instances of a definition version this build does not have
 * are reported (they cannot continue until it is deployed again).
 */
export async function resumeSagas(
  deps: { tm: TransactionManager; sagas: SagaRepository; coordinator: SagaCoordinator<UnitOfWork>; logger: Logger },
  graceMs: number,
  now = new Date(),
): Promise<void> {
  await deps.tm.run(async (uow) => {
    const rearmed = await deps.sagas.rearmExpired(uow, now, new Date(now.getTime() + graceMs));
    const versions = await deps.sagas.activeVersions(uow);
    for (const v of versions) {
      if (!deps.coordinator.hasDefinition(v.name, v.version)) {
        deps.logger.error(
          { saga: v.name, version: v.version, count: v.count },
          'unfinished sagas use a definition version this build does not have',
        );
      }
    }
    deps.logger.info({ rearmed, unfinished: versions.reduce((n, v) => n + v.count, 0) }, 'sagas resumed');
  });
}
