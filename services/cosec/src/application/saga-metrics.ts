/**
 * What the coordinator reports, made visible: Prometheus metrics on the service's registry (sagas started,
 * completed, compensated, failed — alert on failed: it waits for an operator; step latency by step, direction and
 * outcome; commands sent; replies ignored by reason) and trace spans carrying saga.id, saga.name, saga.step,
 * saga.direction and saga.outcome, children of the message handling that caused them.
 */
import { Counter } from 'prom-client';
import type { SagaInstance, SagaObserver } from '@mallbots/sec';
import { withSpan, type ServiceMetrics } from '@mallbots/telemetry';

function sagaAttributes(s: Readonly<SagaInstance>) {
  return { 'saga.id': s.id, 'saga.name': s.name, 'saga.step': s.step, 'saga.status': s.status };
}

/** Records a short span under the active one (the consumer span of the message being handled). */
function event(name: string, attributes: Record<string, string | number>): void {
  void withSpan(name, attributes, async () => undefined);
}

export function sagaObserver(metrics: ServiceMetrics): SagaObserver {
  const registers = [metrics.registry];
  const sent = new Counter({
    name: 'mallbots_saga_commands_total',
    help: 'Commands sent by sagas',
    labelNames: ['saga', 'command', 'direction'],
    registers,
  });
  const ignored = new Counter({
    name: 'mallbots_saga_replies_ignored_total',
    help: 'Replies ignored (duplicate, late, foreign)',
    labelNames: ['reason'],
    registers,
  });
  // the step of the command a reply closes, remembered from when it was sent (labels only, bounded by saga steps)
  return {
    started: (s) => {
      metrics.sagas.inc({ saga: s.name, event: 'started' });
      event(`saga ${s.name} started`, sagaAttributes(s));
    },
    ended: (s) => {
      metrics.sagas.inc({ saga: s.name, event: s.status });
      event(`saga ${s.name} ${s.status}`, { ...sagaAttributes(s), 'saga.outcome': s.status });
    },
    commandSent: (s, e) => {
      sent.inc({ saga: s.name, command: e.command, direction: e.direction });
      event(`saga ${s.name} step ${e.step} ${e.direction}`, {
        ...sagaAttributes(s),
        'saga.step': e.step,
        'saga.direction': e.direction,
        'saga.command': e.command,
      });
    },
    stepClosed: (s, outcome, ms) => {
      const direction = s.status === 'compensating' || s.status === 'compensated' ? 'compensation' : 'action';
      metrics.sagaStepSeconds.observe({ saga: s.name, step: String(s.step), direction, outcome }, ms / 1000);
      event(`saga ${s.name} step ${s.step} ${outcome}`, {
        ...sagaAttributes(s),
        'saga.direction': direction,
        'saga.outcome': outcome,
      });
    },
    replyIgnored: (reason) => ignored.inc({ reason }),
  };
}
