import { describe, it, expect } from '@jest/globals';
import { ReflectionService } from '@grpc/reflection';
import {
  ContractError,
  MESSAGE_NAMES,
  Names,
  PROTO_DIR,
  Services,
  clientConstructor,
  decodeMessage,
  encodeMessage,
  fromDuration,
  fromTimestamp,
  isMessageName,
  isServiceName,
  loadGrpcObject,
  loadPackageDefinition,
  serviceDefinition,
  toDuration,
  toTimestamp,
  type MessageName,
  type notifications,
} from '../src/index.ts';

const ID = '0b6c9f52-6a55-4d1c-9a2f-3f6c2b1d0e11';
const ID2 = '7d3f0c8e-2b4a-4e6f-8a1c-5b9d7e3f1a22';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('message registry', () => {
  it('round-trips an event with nested repeated messages', () => {
    const bytes = encodeMessage(Names.ordering.OrderCreated, {
      id: ID,
      customerId: ID2,
      paymentId: ID,
      items: [
        { storeId: ID, productId: ID2, storeName: 'Shop', productName: 'Thing', price: 2.5, quantity: 3 },
        { storeId: ID2, productId: ID, storeName: 'Other', productName: 'Stuff', price: 0, quantity: 1 },
      ],
      total: 7.5,
      version: 1,
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(decodeMessage(Names.ordering.OrderCreated, bytes)).toEqual({
      id: ID,
      customerId: ID2,
      paymentId: ID,
      items: [
        { storeId: ID, productId: ID2, storeName: 'Shop', productName: 'Thing', price: 2.5, quantity: 3 },
        { storeId: ID2, productId: ID, storeName: 'Other', productName: 'Stuff', price: 0, quantity: 1 },
      ],
      total: 7.5,
      version: 1,
    });
  });

  it('round-trips commands, replies and price events, filling defaults for absent fields', () => {
    const cmd = decodeMessage(Names.depot.CreateShoppingList, encodeMessage(Names.depot.CreateShoppingList, { orderId: ID }));
    expect(cmd).toEqual({ orderId: ID, items: [] });

    const failure = encodeMessage(Names.common.Failure, { code: 'NOT_FOUND', message: 'customer not found' });
    expect(decodeMessage(Names.common.Failure, failure)).toEqual({ code: 'NOT_FOUND', message: 'customer not found' });

    const success = encodeMessage(Names.common.Success, {});
    expect(success.length).toBe(0);
    expect(decodeMessage(Names.common.Success, success)).toEqual({});

    const price = encodeMessage(Names.stores.ProductPriceDecreased, { id: ID, delta: -1.25, price: 8.75, version: 4 });
    expect(decodeMessage(Names.stores.ProductPriceDecreased, price)).toEqual({ id: ID, delta: -1.25, price: 8.75, version: 4 });

    const toggled = encodeMessage(Names.stores.StoreParticipationToggled, { id: ID, participating: true, version: 2 });
    expect(decodeMessage(Names.stores.StoreParticipationToggled, toggled)).toEqual({ id: ID, participating: true, version: 2 });
  });

  it('encodes enums given by name or number and decodes them as names', () => {
    const byName = encodeMessage(Names.notifications.NotificationSent, {
      id: ID,
      kind: 'NOTIFICATION_KIND_ORDER_READY',
      orderId: ID2,
      customerId: ID,
    });
    const byNumber = encodeMessage(Names.notifications.NotificationSent, { id: ID, kind: 3, orderId: ID2, customerId: ID });
    expect(Buffer.from(byName)).toEqual(Buffer.from(byNumber));
    const decoded = decodeMessage(Names.notifications.NotificationSent, byName);
    const kind: notifications.NotificationKind__Output = decoded.kind;
    expect(kind).toBe('NOTIFICATION_KIND_ORDER_READY');
  });

  it('re-encodes a decoded object unchanged', () => {
    const input = { id: ID, customerId: ID2, paymentId: ID, items: [{ storeId: ID, productId: ID2, price: 1, quantity: 1 }] };
    const decoded = decodeMessage(Names.baskets.BasketCheckedOut, encodeMessage(Names.baskets.BasketCheckedOut, input));
    const again = decodeMessage(Names.baskets.BasketCheckedOut, encodeMessage(Names.baskets.BasketCheckedOut, decoded));
    expect(again).toEqual(decoded);
  });

  it('rejects an unknown message name', () => {
    const unknown = 'mallbots.stores.v1.NoSuchThing' as MessageName;
    expect(isMessageName('mallbots.stores.v1.NoSuchThing')).toBe(false);
    expect(isMessageName('mallbots.stores.v1.StoreCreated')).toBe(true);
    const enc = thrown(() => encodeMessage(unknown, {} as never));
    expect(enc).toBeInstanceOf(ContractError);
    expect((enc as Error).message).toContain('mallbots.stores.v1.NoSuchThing');
    expect(() => decodeMessage(unknown, new Uint8Array())).toThrow(ContractError);
    // An RPC request type is not a message name either.
    expect(isMessageName('mallbots.stores.v1.CreateStoreRequest')).toBe(false);
  });

  it('rejects garbage bytes', () => {
    // field 1, length-delimited, length 127, but only one byte follows
    const truncated = Uint8Array.from([0x0a, 0x7f, 0x41]);
    const err = thrown(() => decodeMessage(Names.customers.CustomerRegistered, truncated));
    expect(err).toBeInstanceOf(ContractError);
    expect((err as Error).message).toMatch(/^mallbots\.customers\.v1\.CustomerRegistered: cannot decode 3 bytes/);
    // wire type 7 does not exist
    expect(() => decodeMessage(Names.customers.CustomerRegistered, Uint8Array.from([0x0f, 0x01]))).toThrow(ContractError);
    expect(() => decodeMessage(Names.customers.CustomerRegistered, 'abc' as unknown as Uint8Array)).toThrow(ContractError);
  });

  it('rejects a payload with a field of the wrong type, naming message and field', () => {
    const wrongString = thrown(() => encodeMessage(Names.customers.CustomerRegistered, { id: 42 as unknown as string }));
    expect(wrongString).toBeInstanceOf(ContractError);
    expect((wrongString as Error).message).toBe('mallbots.customers.v1.CustomerRegistered: id: string expected');

    const wrongNested = thrown(() => encodeMessage(Names.ordering.OrderCreated, { id: ID, items: [{ quantity: 1.5 }] })) as Error;
    expect(wrongNested).toBeInstanceOf(ContractError);
    expect(wrongNested.message).toMatch(/^mallbots\.ordering\.v1\.OrderCreated: items\.quantity: integer expected/);

    expect(() => encodeMessage(Names.ordering.OrderCreated, { items: 'nope' as never })).toThrow(/items: array expected/);
    expect(() => encodeMessage(Names.stores.ProductAdded, { price: '12' as unknown as number })).toThrow(ContractError);
    expect(() => encodeMessage(Names.stores.StoreCreated, { version: 2 ** 40 })).toThrow(/version: .* out of range for int32/);
  });

  it('rejects unknown fields, unknown enum names and non-object payloads', () => {
    expect(() => encodeMessage(Names.customers.CustomerRegistered, { sms_number: '1' } as never)).toThrow(
      'mallbots.customers.v1.CustomerRegistered: sms_number: unknown field of mallbots.customers.v1.CustomerRegistered',
    );
    expect(() => encodeMessage(Names.notifications.NotificationSent, { kind: 'ORDER_READY' as never })).toThrow(
      /kind: "ORDER_READY" is not a value of mallbots\.notifications\.v1\.NotificationKind/,
    );
    expect(() => encodeMessage(Names.notifications.NotificationSent, { kind: 99 as never })).toThrow(/kind: enum value expected/);
    expect(() => encodeMessage(Names.common.Success, null as never)).toThrow(ContractError);
  });

  it('resolves every name of Names, and every name is a fully qualified proto type of its group', () => {
    expect(MESSAGE_NAMES.length).toBeGreaterThan(30);
    for (const [group, names] of Object.entries(Names)) {
      for (const [short, full] of Object.entries(names as Record<string, string>)) {
        expect(full).toBe(`mallbots.${group}.v1.${short}`);
        expect(isMessageName(full)).toBe(true);
        // encoding an empty payload proves the registry found the type
        expect(decodeMessage(full as MessageName, encodeMessage(full as MessageName, {}))).toBeDefined();
      }
    }
    expect(Object.keys(Names.search)).toEqual([]);
  });

  it('has the messages the architecture relies on', () => {
    expect(Names.ordering.OrderCreated).toBe('mallbots.ordering.v1.OrderCreated');
    expect(Names.depot.CreatedShoppingList).toBe('mallbots.depot.v1.CreatedShoppingList');
    expect(Names.common).toEqual({ Failure: 'mallbots.common.v1.Failure', Success: 'mallbots.common.v1.Success' });
    for (const n of [
      Names.customers.AuthorizeCustomer,
      Names.depot.CreateShoppingList,
      Names.depot.CancelShoppingList,
      Names.depot.InitiateShopping,
      Names.payments.ConfirmPayment,
      Names.payments.CancelPayment,
      Names.ordering.ApproveOrder,
      Names.ordering.RejectOrder,
      Names.cosec.CreateOrderSagaData,
    ]) {
      expect(isMessageName(n)).toBe(true);
    }
  });
});

/** Every RPC of the spec (§2) plus the additions of the design. */
const RPCS: Record<keyof typeof Services, string[]> = {
  stores: [
    'CreateStore',
    'EnableParticipation',
    'DisableParticipation',
    'RebrandStore',
    'GetStore',
    'GetStores',
    'GetParticipatingStores',
    'AddProduct',
    'RebrandProduct',
    'IncreaseProductPrice',
    'DecreaseProductPrice',
    'RemoveProduct',
    'GetProduct',
    'GetCatalog',
  ],
  customers: ['RegisterCustomer', 'EnableCustomer', 'DisableCustomer', 'ChangeSmsNumber', 'AuthorizeCustomer', 'GetCustomer'],
  baskets: ['StartBasket', 'CancelBasket', 'CheckoutBasket', 'AddItem', 'RemoveItem', 'GetBasket'],
  ordering: ['CreateOrder', 'GetOrder', 'CancelOrder', 'ReadyOrder', 'CompleteOrder'],
  depot: [
    'CreateShoppingList',
    'GetShoppingList',
    'ListShoppingLists',
    'CancelShoppingList',
    'InitiateShopping',
    'AssignShoppingList',
    'CompleteShoppingList',
  ],
  payments: [
    'AuthorizePayment',
    'ConfirmPayment',
    'CreateInvoice',
    'AdjustInvoice',
    'PayInvoice',
    'CancelInvoice',
    'GetPayment',
    'GetInvoice',
  ],
  notifications: ['NotifyOrderCreated', 'NotifyOrderCanceled', 'NotifyOrderReady', 'NotifyOrderApproved', 'ListNotifications'],
  search: ['SearchOrders', 'GetOrder'],
  cosec: ['ListSagas', 'GetSaga', 'RetrySaga', 'CompensateSaga'],
};

describe('gRPC package definition', () => {
  it('derives PROTO_DIR from the module location', () => {
    expect(PROTO_DIR).toMatch(/[/\\]proto$/);
  });

  it('names the services', () => {
    expect(Services.customers).toBe('mallbots.customers.v1.CustomersService');
    expect(Services.cosec).toBe('mallbots.cosec.v1.SagaAdminService');
    expect(isServiceName('mallbots.customers.v1.CustomersService')).toBe(true);
    expect(isServiceName('mallbots.customers.v1.Nope')).toBe(false);
  });

  it('contains exactly the RPCs of the spec, unary, with <Rpc>Request / <Rpc>Response', () => {
    const pkg = loadPackageDefinition();
    expect(Object.keys(RPCS).sort()).toEqual(Object.keys(Services).sort());
    for (const [group, rpcs] of Object.entries(RPCS)) {
      const name = Services[group as keyof typeof Services];
      const def = serviceDefinition(name);
      expect(pkg[name]).toBe(def);
      expect(Object.keys(def).sort()).toEqual([...rpcs].sort());
      for (const rpc of rpcs) {
        const method = (def as unknown as Record<string, { path: string; requestStream: boolean; responseStream: boolean }>)[
          rpc
        ]!;
        expect(method.path).toBe(`/${name}/${rpc}`);
        expect(method.requestStream).toBe(false);
        expect(method.responseStream).toBe(false);
        const pkgName = name.slice(0, name.lastIndexOf('.'));
        expect(pkg[`${pkgName}.${rpc}Request`]).toBeDefined();
        expect(pkg[`${pkgName}.${rpc}Response`]).toBeDefined();
      }
    }
    expect(Object.keys(serviceDefinition(Services.customers))).toContain('ChangeSmsNumber');
  });

  it('serializes requests with the loader options (camelCase, enums as names, defaults)', () => {
    const def = serviceDefinition(Services.depot);
    const bytes = def.ListShoppingLists.requestSerialize({ status: 'SHOPPING_LIST_STATUS_AVAILABLE', limit: 5 });
    expect(def.ListShoppingLists.requestDeserialize(bytes)).toEqual({
      status: 'SHOPPING_LIST_STATUS_AVAILABLE',
      orderId: '',
      limit: 5,
    });
  });

  it('gives typed client constructors and a grpc object', () => {
    const Client = clientConstructor(Services.customers);
    expect(typeof Client).toBe('function');
    expect(Client.service).toBe(loadGrpcObject().mallbots.customers.v1.CustomersService.service);
    expect(Object.keys(Client.service)).toContain('AuthorizeCustomer');
    expect(() => clientConstructor('mallbots.nope.v1.Service' as never)).toThrow(ContractError);
    expect(() => serviceDefinition('mallbots.customers.v1.Customer' as never)).toThrow(ContractError);
  });

  it('serves reflection from the same package definition', () => {
    expect(() => new ReflectionService(loadPackageDefinition())).not.toThrow();
  });
});

describe('time helpers', () => {
  it('converts dates and durations both ways', () => {
    for (const ms of [0, 1_700_000_000_123, -1500]) {
      expect(fromTimestamp(toTimestamp(new Date(ms)))?.getTime()).toBe(ms);
    }
    expect(toTimestamp(new Date(1500))).toEqual({ seconds: '1', nanos: 500_000_000 });
    expect(fromTimestamp(null)).toBeUndefined();
    expect(fromDuration(toDuration(300_000))).toBe(300_000);
    expect(fromDuration({ seconds: '2', nanos: 5_000_000 })).toBe(2005);
    expect(fromDuration(undefined)).toBeUndefined();
  });
});
