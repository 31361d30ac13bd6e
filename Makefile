# MallBots developer commands. Every target runs through npm, so the pinned Node 24 is used.
.PHONY: install up down status migrate test test-unit test-int test-e2e lint typecheck proto proto-check bench bench-messaging help tools

help: ## list targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# Installs from the lock file on a fresh clone (or when node_modules is gone); `make install` reinstalls.
node_modules:
	npm ci --no-audit --no-fund

install: ## (re)install dependencies from the lock file
	npm ci --no-audit --no-fund

up: node_modules ## start PostgreSQL/RabbitMQ if needed, then every service (logs in .run/logs)
	npm run --silent up

down: ## stop the services started by make up
	npm run --silent down

status: ## which services run
	npm run --silent status

migrate: node_modules ## apply every service's migrations
	npm run --silent migrate

test: node_modules ## every check and test (what CI runs)
	npm test

test-unit: node_modules ## unit tests only
	npm run --silent test:unit

test-int: node_modules ## integration tests only (real PostgreSQL and RabbitMQ)
	npm run --silent test:int

test-e2e: node_modules ## end-to-end, trace and chaos tests (every service as a process), one file at a time
	npm run --silent test:e2e

lint: node_modules ## eslint + prettier + layer rules
	npm run --silent lint && npm run --silent depcheck

typecheck: node_modules ## tsc, no emit
	npm run --silent typecheck

proto: node_modules ## regenerate lib/contracts from proto/
	npm run --silent proto

proto-check: node_modules ## fail when lib/contracts is not what proto/ generates
	npm run --silent proto:check

bench: node_modules ## saga benchmark: throughput, latency and the machine's limit measured in one run (docs/performance.md)
	npm run --silent bench:saga

bench-messaging: node_modules ## messaging benchmark: lib/am + lib/tm against raw amqplib and PostgreSQL
	npm run --silent bench:messaging

tools: ## build the pinned Go dev tools (grpcurl, ...) into .tools/bin (needs Go)
	bash scripts/install-tools.sh

# --- Deployment (docs/deploy.md): kind or minikube, the Helm chart, plain manifests -----------------------------
.PHONY: kind-up minikube-up deploy port-forward demo kind-down k8s-manifests chart-check

kind-up: ## kind cluster + image + chart, waits until ready (needs docker, kind, kubectl)
	bash scripts/deploy/kind-up.sh

minikube-up: ## minikube profile + image + chart, waits until ready (needs minikube, kubectl)
	bash scripts/deploy/minikube-up.sh

deploy: ## install/upgrade the chart into the current kubectl context (ARGS='-f my-values.yaml')
	bash scripts/deploy/deploy.sh $(ARGS)

port-forward: ## forward the services (9001-9009), Jaeger UI (16686), RabbitMQ UI (15672) until Ctrl-C
	bash scripts/deploy/port-forward.sh

demo: ## a grpcurl checkout against the cluster, then the link to its trace
	bash scripts/deploy/demo.sh

kind-down: ## delete the kind cluster
	bash scripts/deploy/kind-down.sh

k8s-manifests: ## re-render k8s/manifests/mallbots.yaml from the chart
	bash scripts/deploy/render-manifests.sh

chart-check: node_modules ## helm lint, render, schema and consistency tests of the chart, Dockerfile, compose
	npm test -- test/deploy
