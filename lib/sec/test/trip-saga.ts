/**
 * A saga that has nothing to do with MallBots, to test lib/sec on its own: booking a trip.
 */
import { defineSaga, ReplyOutcome, SagaHeaders, type SagaCommand, type SagaReply } from '../src/index.ts';

type Id = { id?: string };
type Out = { id: string };
export interface TripMessages {
  CancelTrip: { input: Id; output: Out };
  ReserveCar: { input: { tripId?: string }; output: object };
  ReleaseCar: { input: { tripId?: string }; output: object };
  BookHotel: { input: { tripId?: string; nights?: number }; output: object };
  HotelBooked: { input: Id; output: Out };
  CancelHotel: { input: Id; output: object };
  ChargeCard: { input: { tripId?: string; amount?: number }; output: object };
  ConfirmTrip: { input: Id; output: object };
  NotifyTraveller: { input: Id; output: object };
  Success: { input: object; output: object };
  Failure: { input: { code?: string }; output: { code: string } };
}

export interface TripData {
  tripId: string;
  amount: number;
  hotelId: string;
}

const options = { name: 'travel.BookTrip', replyChannel: 'travel.book-trip' };

export const tripSagaV1 = defineSaga<TripData, TripMessages>({ ...options, version: 1 })
  // 0. -CancelTrip: the trip exists before the saga starts; cancelling it is the last compensation
  .step(0)
  .compensation('CancelTrip', (d) => ({ id: d.tripId }))
  // 1. ReserveCar, -ReleaseCar
  .step(1)
  .action('ReserveCar', (d) => ({ tripId: d.tripId }))
  .compensation('ReleaseCar', (d) => ({ tripId: d.tripId }))
  // 2. BookHotel, -CancelHotel; the HotelBooked reply carries the booking id that CancelHotel needs
  .step(2)
  .action('BookHotel', (d) => ({ tripId: d.tripId, nights: 2 }))
  .onReply('HotelBooked', (d, r) => {
    if (!r.id) throw new Error('the booking id is missing');
    return { ...d, hotelId: r.id };
  })
  .compensation('CancelHotel', (d) => (d.hotelId ? { id: d.hotelId } : undefined))
  // 3. ChargeCard (a short timeout of its own)
  .step(3)
  .action('ChargeCard', (d) => ({ tripId: d.tripId, amount: d.amount }))
  .timeout(5_000)
  // 4. ConfirmTrip
  .step(4)
  .action('ConfirmTrip', (d) => ({ id: d.tripId }))
  .build();

/** Version 2 adds a step 5 (NotifyTraveller); instances of version 1 must keep running without it. */
export const tripSagaV2 = defineSaga<TripData, TripMessages>({ ...options, version: 2 })
  .step(0)
  .compensation('CancelTrip', (d) => ({ id: d.tripId }))
  .step(1)
  .action('ReserveCar', (d) => ({ tripId: d.tripId }))
  .compensation('ReleaseCar', (d) => ({ tripId: d.tripId }))
  .step(2)
  .action('BookHotel', (d) => ({ tripId: d.tripId, nights: 2 }))
  .onReply('HotelBooked', (d, r) => ({ ...d, hotelId: r.id }))
  .compensation('CancelHotel', (d) => (d.hotelId ? { id: d.hotelId } : undefined))
  .step(3)
  .action('ChargeCard', (d) => ({ tripId: d.tripId, amount: d.amount }))
  .step(4)
  .action('ConfirmTrip', (d) => ({ id: d.tripId }))
  .step(5)
  .action('NotifyTraveller', (d) => ({ id: d.tripId }))
  .build();

/** The reply a participant would send to `command` (headers echoed as lib/runtime's commandHandlers does). */
export function replyTo(
  command: SagaCommand,
  outcome: 'ok' | 'fail' = 'ok',
  name: string = outcome === 'ok' ? 'Success' : 'Failure',
  payload: unknown = {},
): SagaReply {
  return {
    name,
    payload,
    headers: {
      [SagaHeaders.SagaId]: command.headers[SagaHeaders.SagaId],
      [SagaHeaders.SagaName]: command.headers[SagaHeaders.SagaName],
      [SagaHeaders.SagaStep]: command.headers[SagaHeaders.SagaStep],
      [SagaHeaders.ReplyOutcome]: outcome === 'ok' ? ReplyOutcome.Success : ReplyOutcome.Failure,
    },
    ...(outcome === 'fail' ? { detail: 'NOT_FOUND: no such thing' } : {}),
  };
}
