/** The benchmark's reading of the services' Prometheus counters. */
import { describe, it, expect } from '@jest/globals';
import { diff, parseMetrics, timings, workCounts } from './metrics.ts';

const text = `# HELP mallbots_messages_total Messages delivered to consumers, by outcome
# TYPE mallbots_messages_total counter
mallbots_messages_total{queue="x.cosec.replies",message="mallbots.common.v1.Success",outcome="handled",service="cosec"} 5
mallbots_messages_total{queue="x.cosec.replies",message="mallbots.common.v1.Success",outcome="retried",service="cosec"} 1
mallbots_messages_sent_total{message="mallbots.depot.v1.CreateShoppingList",service="cosec"} 6
mallbots_grpc_server_calls_total{method="/mallbots.baskets.v1.BasketService/CheckoutBasket",code="0",service="baskets"} 3
mallbots_grpc_server_calls_total{method="/mallbots.ordering.v1.OrderingService/GetOrder",code="0",service="ordering"} 2
mallbots_grpc_server_calls_total{method="/grpc.health.v1.Health/Check",code="0",service="ordering"} 9
mallbots_message_handler_seconds_sum{queue="q",message="m",service="cosec"} 0.5
mallbots_message_handler_seconds_count{queue="q",message="m",service="cosec"} 100
`;

describe('metrics', () => {
  it('counts publishes, deliveries, calls and commands; health checks are not calls', () => {
    const w = workCounts(parseMetrics(text));
    expect(w).toEqual({ publishes: 6, deliveries: 5, failedDeliveries: 1, grpcCalls: 5, grpcCommands: 3 });
    expect(diff(w, { ...w, publishes: 10 }).publishes).toBe(4);
  });

  it('means from histogram sums and counts', () => {
    const sums = (t: string) =>
      Object.fromEntries(
        parseMetrics(t)
          .filter((s) => /_seconds_(sum|count)$/.test(s.name))
          .map((s) => [s.name, s.value]),
      );
    const later = text
      .replace('_sum{queue="q",message="m",service="cosec"} 0.5', '_sum{queue="q",message="m",service="cosec"} 0.9')
      .replace('} 100', '} 200');
    expect(timings(sums(text), sums(later)).handlerMs).toBe(4);
  });
});
