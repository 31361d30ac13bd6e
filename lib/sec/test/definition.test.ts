import { describe, it, expect } from '@jest/globals';
import { defineSaga, formatStepHeader, parseStepHeader, sagaIdFor, SagaDefinitionError } from '../src/index.ts';
import { tripSagaV1, type TripData, type TripMessages } from './trip-saga.ts';

const saga = (version = 1) =>
  defineSaga<TripData, TripMessages>({ name: 'travel.BookTrip', version, replyChannel: 'travel.book-trip' });

describe('defineSaga', () => {
  it('builds numbered steps with their commands, reply handlers and timeouts', () => {
    expect(tripSagaV1.name).toBe('travel.BookTrip');
    expect(tripSagaV1.version).toBe(1);
    expect(
      tripSagaV1.steps.map((s) => [
        s.index,
        s.action?.name ?? '-',
        s.compensation?.name ?? '-',
        [...s.replies.keys()],
        s.timeoutMs,
      ]),
    ).toEqual([
      [0, '-', 'CancelTrip', [], undefined],
      [1, 'ReserveCar', 'ReleaseCar', [], undefined],
      [2, 'BookHotel', 'CancelHotel', ['HotelBooked'], undefined],
      [3, 'ChargeCard', '-', [], 5000],
      [4, 'ConfirmTrip', '-', [], undefined],
    ]);
    const d: TripData = { tripId: 't', amount: 1, hotelId: '' };
    expect(tripSagaV1.steps[2]!.compensation!.build(d)).toBeUndefined();
    expect(tripSagaV1.steps[2]!.replies.get('HotelBooked')!.apply(d, { id: 'h' })).toEqual({ ...d, hotelId: 'h' });
    expect(Object.isFrozen(tripSagaV1.steps)).toBe(true);
  });

  it('rejects definitions that are not well formed', () => {
    expect(() => saga(0)).toThrow('version must be a positive integer');
    expect(() => defineSaga<TripData, TripMessages>({ name: ' ', version: 1, replyChannel: 'c' })).toThrow('a saga needs a name');
    expect(() => defineSaga<TripData, TripMessages>({ name: 'n', version: 1, replyChannel: '' })).toThrow('reply channel');
    expect(() => saga().build()).toThrow('at least one step');
    expect(() => saga().step(1)).toThrow('expected step 0, got step 1');
    expect(() => saga().step(0).build()).toThrow('step 0 has neither action nor compensation');
    expect(() =>
      saga()
        .step(0)
        .onReply('HotelBooked', (d) => d)
        .compensation('CancelTrip', () => ({}))
        .build(),
    ).toThrow('step 0 handles replies but has no action');
    expect(() =>
      saga()
        .step(0)
        .action('ReserveCar', () => ({}))
        .action('BookHotel', () => ({})),
    ).toThrow('already has an action');
    expect(() =>
      saga()
        .step(0)
        .action('ReserveCar', () => ({}))
        .timeout(0),
    ).toThrow(SagaDefinitionError);
  });
});

describe('saga headers and ids', () => {
  it('derives the same UUIDv5 for the same saga and key, and different ones otherwise', () => {
    const id = sagaIdFor('cosec.CreateOrder', '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sagaIdFor('cosec.CreateOrder', '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f')).toBe(id);
    expect(sagaIdFor('cosec.Other', '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f')).not.toBe(id);
    expect(sagaIdFor('cosec.CreateOrder', 'another')).not.toBe(id);
  });

  it('formats and parses the step header strictly', () => {
    expect(formatStepHeader({ step: 2, direction: 'compensation', seq: 5 })).toBe('2:compensation:5');
    expect(parseStepHeader('2:compensation:5')).toEqual({ step: 2, direction: 'compensation', seq: 5 });
    expect(parseStepHeader('0:action:1')).toEqual({ step: 0, direction: 'action', seq: 1 });
    for (const bad of [undefined, '', '2', '2:action', '-1:action:1', '2:undo:1', '2:action:x', ' 2:action:1']) {
      expect(parseStepHeader(bad)).toBeUndefined();
    }
  });
});
