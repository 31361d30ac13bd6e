#!/usr/bin/env bash
# make demo: one checkout against the cluster with grpcurl, the way a kiosk does it:
#   create a store and a product, register a customer, fill a basket, authorize the payment, check out,
#   then wait for the create-order saga to approve the order, and print the link to its trace in Jaeger.
# Uses the forwarded ports of `make port-forward` when they answer; otherwise forwards the five services it needs
# for its own duration. The checkout carries a W3C traceparent made here, so its trace id is known in advance.
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
need kubectl "See https://kubernetes.io/docs/tasks/tools/"
grpcurl=$(tool grpcurl)
fullname=$RELEASE
[[ $RELEASE == *mallbots* ]] || fullname="$RELEASE-mallbots"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for f in stores:9001 customers:9002 baskets:9003 ordering:9004 payments:9006; do
  svc=${f%%:*} port=${f##*:}
  listening "$port" && continue
  kubectl -n "$NAMESPACE" port-forward "service/$fullname-$svc" "$port:9000" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 50); do listening "$port" && break; sleep 0.2; done
  listening "$port" || die "cannot forward $svc to localhost:$port (is the release $RELEASE in namespace $NAMESPACE ready?)"
done

# call PORT METHOD JSON [grpcurl flags...]: prints the response; stops the demo on an error.
call() {
  local port=$1 method=$2 data=$3
  shift 3
  "$grpcurl" -plaintext "$@" -d "$data" "localhost:$port" "$method" || die "$method failed"
}
id_of() { sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1; }
hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

say "stores: a participating store with one product (10.50)"
store=$(call 9001 mallbots.stores.v1.StoresService/CreateStore '{"name": "Corner Shop", "location": "Level 1"}' | id_of)
call 9001 mallbots.stores.v1.StoresService/EnableParticipation "{\"id\": \"$store\"}" >/dev/null
product=$(call 9001 mallbots.stores.v1.StoresService/AddProduct \
  "{\"store_id\": \"$store\", \"name\": \"Apples\", \"description\": \"A bag of apples\", \"sku\": \"APL-1\", \"price\": 10.5}" | id_of)
say "customers: a customer"
customer=$(call 9002 mallbots.customers.v1.CustomersService/RegisterCustomer '{"name": "Ada Lovelace", "sms_number": "+15550100"}' | id_of)
say "baskets: two bags of apples"
basket=$(call 9003 mallbots.baskets.v1.BasketService/StartBasket "{\"customer_id\": \"$customer\"}" | id_of)
call 9003 mallbots.baskets.v1.BasketService/AddItem "{\"id\": \"$basket\", \"product_id\": \"$product\", \"quantity\": 2}" >/dev/null
say "payments: authorize 21.00"
payment=$(call 9006 mallbots.payments.v1.PaymentsService/AuthorizePayment "{\"customer_id\": \"$customer\", \"amount\": 21}" | id_of)
for v in "$store" "$product" "$customer" "$basket" "$payment"; do [ -n "$v" ] || die "a call returned no id"; done

trace=$(hex 16)
say "baskets: check out (trace $trace)"
call 9003 mallbots.baskets.v1.BasketService/CheckoutBasket "{\"id\": \"$basket\", \"payment_id\": \"$payment\"}" \
  -H "traceparent: 00-$trace-$(hex 8)-01" >/dev/null

say "ordering: waiting for the saga to decide on order $basket"
status=
for _ in $(seq 1 60); do
  order=$("$grpcurl" -plaintext -d "{\"id\": \"$basket\"}" localhost:9004 mallbots.ordering.v1.OrderingService/GetOrder 2>/dev/null || true)
  status=$(printf '%s' "$order" | sed -n 's/.*"status": *"\([^"]*\)".*/\1/p' | head -n 1)
  case $status in ORDER_STATUS_APPROVED | ORDER_STATUS_REJECTED) break ;; esac
  sleep 1
done
printf '%s\n' "$order"
[ "$status" = ORDER_STATUS_APPROVED ] || die "order $basket ended as '${status:-not found}' (cosec: grpcurl -plaintext localhost:9009 mallbots.cosec.v1.SagaAdminService/ListSagas)"
say "order $basket approved"
echo "Trace of the checkout: http://localhost:16686/trace/$trace   (needs make port-forward for the Jaeger UI)"
