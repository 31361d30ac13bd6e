/**
 * The saga's message headers and ids.
 *
 * Commands carry `x-saga-id`, `x-saga-name`, `x-saga-step` and `x-reply-channel`; participants echo the saga
 * headers on their reply and add `x-reply-outcome` (SUCCESS | FAILURE) — lib/runtime's `commandHandlers` does it.
 * `x-saga-step` is opaque to participants: `<step>:<direction>:<seq>`, e.g. `2:compensation:5`, so a reply names
 * exactly the command it answers (the step alone would not tell a late action reply from a compensation reply
 * of the same step, nor an old attempt from a resent one).
 *
 * Saga ids are UUIDv5 of the saga name and the trigger's business key: the same trigger, even redelivered under a
 * new message id, always maps to the same saga, and two saga types never share an id.
 */
import { createHash } from 'node:crypto';
import { Headers } from '@mallbots/am';
import type { StepDirection } from './store.ts';

export const SagaHeaders = {
  SagaId: Headers.SagaId,
  SagaName: Headers.SagaName,
  SagaStep: 'x-saga-step',
  ReplyChannel: Headers.ReplyChannel,
  ReplyOutcome: Headers.ReplyOutcome,
} as const;

/** Values of `x-reply-outcome` (the same as lib/runtime's ReplyOutcome). */
export const ReplyOutcome = { Success: 'SUCCESS', Failure: 'FAILURE' } as const;
export type ReplyOutcome = (typeof ReplyOutcome)[keyof typeof ReplyOutcome];

export interface StepRef {
  step: number;
  direction: StepDirection;
  seq: number;
}

export function formatStepHeader(ref: StepRef): string {
  return `${ref.step}:${ref.direction}:${ref.seq}`;
}

/** Parses `x-saga-step`; undefined when absent or malformed. */
export function parseStepHeader(value: string | undefined): StepRef | undefined {
  const m = value === undefined ? null : /^(\d{1,6}):(action|compensation):(\d{1,9})$/.exec(value);
  if (!m) return undefined;
  return { step: Number(m[1]), direction: m[2] as StepDirection, seq: Number(m[3]) };
}

/** The namespace of saga ids (a fixed random UUID). */
const SAGA_ID_NAMESPACE = 'a3c1f0e2-7b6d-4c59-8e1f-2d4b6a8c0e13';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** UUIDv5 (RFC 9562) of `<saga name>/<business key>`. */
export function sagaIdFor(sagaName: string, businessKey: string): string {
  const hash = createHash('sha1').update(uuidBytes(SAGA_ID_NAMESPACE)).update(`${sagaName}/${businessKey}`, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
