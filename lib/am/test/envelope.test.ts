import { describe, it, expect } from '@jest/globals';
import {
  CONTENT_TYPE,
  Headers,
  createCausedEnvelope,
  createEnvelope,
  fromAmqpMessage,
  readAttempt,
  toContent,
  toPublishOptions,
} from '../src/envelope.ts';
import { MalformedMessageError, PermanentError, describeError } from '../src/errors.ts';
import { acceptsFromBindings, topicMatches, topologyNames } from '../src/topology.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('envelope', () => {
  it('creates envelopes with a UUID and the current time', () => {
    const before = Date.now();
    const env = createEnvelope({ name: 'a.v1.Thing', payload: new Uint8Array([1, 2]) });
    expect(env.messageId).toMatch(UUID);
    expect(env.timestamp.getTime()).toBeGreaterThanOrEqual(before);
    expect(env.headers).toEqual({});
    expect(env).not.toHaveProperty('correlationId');
    expect(() => createEnvelope({ name: '', payload: new Uint8Array() })).toThrow(TypeError);
  });

  it('derives correlation and causation from the cause', () => {
    const first = createEnvelope({ name: 'a', payload: new Uint8Array() });
    const second = createCausedEnvelope(first, { name: 'b', payload: new Uint8Array() });
    const third = createCausedEnvelope(second, { name: 'c', payload: new Uint8Array() });
    expect(second.correlationId).toBe(first.messageId);
    expect(second.causationId).toBe(first.messageId);
    expect(third.correlationId).toBe(first.messageId);
    expect(third.causationId).toBe(second.messageId);
  });

  it('maps onto AMQP properties', () => {
    const env = createEnvelope({
      messageId: '6f1c1e43-3a8c-4f5e-9d0a-2b7b1d9b8f10',
      name: 'mallbots.x.v1.Happened',
      payload: new Uint8Array([9]),
      timestamp: new Date('2024-05-06T07:08:09.123Z'),
      correlationId: 'corr',
      causationId: 'cause',
      headers: { [Headers.Traceparent]: '00-abc-def-01', [Headers.SagaId]: 's1' },
    });
    expect(toPublishOptions(env)).toEqual({
      messageId: '6f1c1e43-3a8c-4f5e-9d0a-2b7b1d9b8f10',
      type: 'mallbots.x.v1.Happened',
      timestamp: 1714979289,
      contentType: CONTENT_TYPE,
      persistent: true,
      correlationId: 'corr',
      headers: {
        traceparent: '00-abc-def-01',
        'x-saga-id': 's1',
        'x-causation-id': 'cause',
        'x-timestamp-ms': '1714979289123',
      },
    });
  });

  it('round-trips through AMQP properties', () => {
    const env = createEnvelope({
      name: 'n',
      payload: new Uint8Array([1, 2, 3]),
      correlationId: 'c',
      causationId: 'k',
      headers: { [Headers.ReplyChannel]: 'cosec', [Headers.ReplyOutcome]: 'success', baggage: 'a=b' },
    });
    const props = toPublishOptions(env);
    const back = fromAmqpMessage({ content: toContent(env.payload), properties: props });
    expect(back).toEqual({ ...env, payload: Buffer.from([1, 2, 3]) });
    expect(back.timestamp.getTime()).toBe(env.timestamp.getTime());
  });

  it('accepts second-precision timestamps without the ms header, and stringifies scalar headers', () => {
    const env = fromAmqpMessage({
      content: Buffer.alloc(0),
      properties: {
        messageId: 'm',
        type: 't',
        timestamp: 1700000000,
        headers: { [Headers.Attempt]: 3, flag: true, 'x-death': [{ count: 1 }], bytes: Buffer.from('x') },
      },
    });
    expect(env.timestamp.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(env.headers).toEqual({ 'x-attempt': '3', flag: 'true' });
    expect(env).not.toHaveProperty('correlationId');
  });

  it('rejects deliveries that are not envelopes', () => {
    const ok = { messageId: 'm', type: 't', timestamp: 1 };
    const bad = (properties: Record<string, unknown>) => () => fromAmqpMessage({ content: Buffer.alloc(0), properties });
    expect(bad({ ...ok, messageId: undefined })).toThrow(/missing messageId/);
    expect(bad({ ...ok, messageId: '' })).toThrow(MalformedMessageError);
    expect(bad({ ...ok, type: undefined })).toThrow(/missing type/);
    expect(bad({ ...ok, timestamp: undefined })).toThrow(/missing timestamp/);
    expect(bad({ ...ok, headers: 'nope' })).toThrow(/headers/);
    expect(new MalformedMessageError('x')).toBeInstanceOf(PermanentError);
  });

  it('passes Uint8Array payloads to amqplib as Buffers without copying', () => {
    const backing = new Uint8Array([0, 1, 2, 3, 4]);
    const view = backing.subarray(1, 4);
    const buf = toContent(view);
    expect(Buffer.isBuffer(buf)).toBe(true);
    expect([...buf]).toEqual([1, 2, 3]);
    backing[2] = 42;
    expect(buf[1]).toBe(42);
  });

  it('reads the attempt header', () => {
    expect(readAttempt(undefined)).toBe(1);
    expect(readAttempt({})).toBe(1);
    expect(readAttempt({ 'x-attempt': '4' })).toBe(4);
    expect(readAttempt({ 'x-attempt': 2 })).toBe(2);
    expect(readAttempt({ 'x-attempt': 'zero' })).toBe(1);
  });

  it('describes errors boundedly', () => {
    expect(describeError(new PermanentError('bad amount'))).toBe('PermanentError: bad amount');
    expect(describeError('plain')).toBe('plain');
    expect(describeError({ code: 7 })).toBe('{"code":7}');
    expect(describeError({ name: 'Error', message: '', code: 'ECONNREFUSED' })).toBe('Error: ECONNREFUSED');
    expect(describeError(new AggregateError([new Error('a'), new TypeError('b')], ''))).toBe(
      'AggregateError: Error: a; TypeError: b',
    );
    const long = describeError(new Error('x'.repeat(5000)));
    expect(long.length).toBe(512);
  });
});

describe('topology', () => {
  it('names exchanges and queues under the namespace', () => {
    const n = topologyNames('mallbots.');
    expect(n.exchange('events')).toBe('mallbots.events');
    expect(n.exchange('commands')).toBe('mallbots.commands');
    expect(n.exchange('replies')).toBe('mallbots.replies');
    expect(n.queue('search')).toBe('mallbots.search');
    expect(n.dlq('search')).toBe('mallbots.search.dlq');
    expect(n.retryQueue('search', 2000)).toBe('mallbots.search.retry.2000ms');
  });

  it('matches topic patterns like RabbitMQ', () => {
    expect(topicMatches('a.b.c', 'a.b.c')).toBe(true);
    expect(topicMatches('a.b.c', 'a.b')).toBe(false);
    expect(topicMatches('a.*.c', 'a.x.c')).toBe(true);
    expect(topicMatches('a.*', 'a.x.c')).toBe(false);
    expect(topicMatches('a.#', 'a')).toBe(true);
    expect(topicMatches('a.#', 'a.x.y.z')).toBe(true);
    expect(topicMatches('#.z', 'a.x.y.z')).toBe(true);
    expect(topicMatches('#', 'anything.at.all')).toBe(true);
    expect(topicMatches('a.#.z', 'a.z')).toBe(true);
    expect(topicMatches('a.#.z', 'a.b.c')).toBe(false);
  });

  it('derives the accepted names from bindings', () => {
    const names = topologyNames('ns.');
    const accepts = acceptsFromBindings(names, [
      { exchange: 'events', routingKey: 'x.v1.Created' },
      { exchange: 'events', routingKey: 'y.v1.*' },
    ]);
    expect(accepts('x.v1.Created', 'ns.events')).toBe(true);
    expect(accepts('y.v1.Anything', '')).toBe(true);
    expect(accepts('x.v1.Deleted', 'ns.events')).toBe(false);

    const replies = acceptsFromBindings(names, [
      { exchange: 'replies', routingKey: 'cosec' },
      { exchange: 'events', routingKey: 'x.v1.Created' },
    ]);
    expect(replies('depot.v1.ShoppingListCreated', 'ns.replies')).toBe(true);
    expect(replies('depot.v1.ShoppingListCreated', 'ns.events')).toBe(false);
    expect(replies('x.v1.Created', 'ns.events')).toBe(true);
  });
});
