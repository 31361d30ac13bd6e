/**
 * gRPC adapter of cosec's admin API (mallbots.cosec.v1.SagaAdminService): validates each request, runs one
 * application use case in a unit of work and maps saga instances to the proto. Page tokens are opaque to clients:
 * base64url of the last listed saga's (updated_at, id).
 */
import { cosec, fromDuration, Services, toTimestamp } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { InvalidArgument } from '@mallbots/rpc/errors';
import { grpcService } from '@mallbots/runtime';
import type { HistoryEntry, SagaCoordinator, SagaInstance, SagaStatus } from '@mallbots/sec';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager, UnitOfWork } from '@mallbots/tm';
import { compensateSaga } from '../application/compensate-saga.ts';
import { getSaga } from '../application/get-saga.ts';
import { listSagas } from '../application/list-sagas.ts';
import { retrySaga } from '../application/retry-saga.ts';
import type { SagaRepository } from '../persistence/saga.repository.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_OLDER_THAN_MS = 3650 * 24 * 3600 * 1000;

const STATUS_TO_PROTO: Record<SagaStatus, cosec.SagaStatus__Output> = {
  running: cosec.SagaStatus.SAGA_STATUS_RUNNING,
  compensating: cosec.SagaStatus.SAGA_STATUS_COMPENSATING,
  completed: cosec.SagaStatus.SAGA_STATUS_COMPLETED,
  compensated: cosec.SagaStatus.SAGA_STATUS_COMPENSATED,
  failed: cosec.SagaStatus.SAGA_STATUS_FAILED,
};
const STATUS_FROM_PROTO = new Map<string, SagaStatus>(Object.entries(STATUS_TO_PROTO).map(([k, v]) => [v, k as SagaStatus]));

const DIRECTION_TO_PROTO = {
  action: cosec.StepDirection.STEP_DIRECTION_ACTION,
  compensation: cosec.StepDirection.STEP_DIRECTION_COMPENSATION,
} as const;

const OUTCOME_TO_PROTO = {
  pending: cosec.StepOutcome.STEP_OUTCOME_PENDING,
  success: cosec.StepOutcome.STEP_OUTCOME_SUCCESS,
  failure: cosec.StepOutcome.STEP_OUTCOME_FAILURE,
  timed_out: cosec.StepOutcome.STEP_OUTCOME_TIMED_OUT,
} as const;

function toProto(s: SagaInstance, history: HistoryEntry[] = []): cosec.Saga {
  return {
    id: s.id,
    name: s.name,
    data: JSON.stringify(s.data),
    step: s.step,
    status: STATUS_TO_PROTO[s.status],
    version: s.version,
    deadline: s.deadline ? toTimestamp(s.deadline) : null,
    createdAt: toTimestamp(s.createdAt),
    updatedAt: toTimestamp(s.updatedAt),
    definitionVersion: s.definitionVersion,
    history: history.map((e) => ({
      step: e.step,
      direction: DIRECTION_TO_PROTO[e.direction],
      command: e.command,
      reply: e.reply ?? '',
      outcome: OUTCOME_TO_PROTO[e.outcome],
      at: toTimestamp(e.at),
      detail: e.detail ?? '',
    })),
  };
}

function statusFilter(value: unknown): SagaStatus | undefined {
  if (value === undefined || value === null || value === '' || value === 0 || value === 'SAGA_STATUS_UNSPECIFIED')
    return undefined;
  const status = typeof value === 'string' ? STATUS_FROM_PROTO.get(value) : undefined;
  if (!status) throw new InvalidArgument(`status must be a SagaStatus, got "${String(value).slice(0, 64)}"`, 'status');
  return status;
}

function olderThan(value: cosec.ListSagasRequest__Output['olderThan']): number | undefined {
  const ms = fromDuration(value);
  if (ms === undefined) return undefined;
  if (!Number.isFinite(ms) || ms < 0) throw new InvalidArgument('older_than cannot be negative', 'older_than');
  if (ms > MAX_OLDER_THAN_MS) throw new InvalidArgument('older_than must be at most 3650 days', 'older_than');
  return ms;
}

export function encodePageToken(cursor: { updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ u: cursor.updatedAt.getTime(), i: cursor.id })).toString('base64url');
}

export function decodePageToken(token: string): { updatedAt: Date; id: string } | undefined {
  if (token === '') return undefined;
  const malformed = new InvalidArgument('page_token is malformed', 'page_token');
  if (token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) throw malformed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw malformed;
  }
  const { u, i } = (parsed ?? {}) as { u?: unknown; i?: unknown };
  if (typeof u !== 'number' || !Number.isSafeInteger(u) || u < 0 || typeof i !== 'string') throw malformed;
  try {
    return { updatedAt: new Date(u), id: validate.requiredId(i, 'page_token') };
  } catch {
    throw malformed;
  }
}

export function sagaAdminGrpc(deps: {
  tm: TransactionManager;
  sagas: SagaRepository;
  coordinator: SagaCoordinator<UnitOfWork>;
  logger: Logger;
}) {
  const { tm, sagas, coordinator } = deps;
  return grpcService(
    Services.cosec,
    {
      ListSagas: async (req) => {
        const status = statusFilter(req.status);
        const name = validate.optionalText(req.name, 'name', validate.MAX_TEXT);
        const olderThanMs = olderThan(req.olderThan);
        const after = decodePageToken(validate.optionalText(req.pageToken, 'page_token', 200));
        const limit = validate.integer(req.limit, 'limit', { min: 0, max: MAX_PAGE_SIZE }) || DEFAULT_PAGE_SIZE;
        const page = await tm.run((uow) =>
          listSagas(sagas, uow, {
            ...(status ? { status } : {}),
            ...(name ? { name } : {}),
            ...(olderThanMs !== undefined ? { olderThanMs } : {}),
            ...(after ? { after } : {}),
            limit,
          }),
        );
        return { sagas: page.sagas.map((s) => toProto(s)), nextPageToken: page.next ? encodePageToken(page.next) : '' };
      },
      GetSaga: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const { saga, history } = await tm.run((uow) => getSaga(sagas, uow, id));
        return { saga: toProto(saga, history) };
      },
      RetrySaga: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => retrySaga(coordinator, uow, id));
        return {};
      },
      CompensateSaga: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const reason = validate.requiredText(req.reason, 'reason');
        await tm.run((uow) => compensateSaga(coordinator, uow, id, reason));
        return {};
      },
    },
    deps.logger,
  );
}
