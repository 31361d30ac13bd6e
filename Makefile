# MallBots developer commands. Every target runs through npm, so the pinned Node 24 is used.
.PHONY: install up down status migrate test test-unit test-int lint typecheck proto proto-check bench help tools

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

node_modules: package-lock.json
	npm ci --no-audit --no-fund
	@touch node_modules

install: node_modules ## install dependencies from the lock file

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

test-int: node_modules ## integration tests only
	npm run --silent test:int

lint: node_modules ## eslint + prettier + layer rules
	npm run --silent lint && npm run --silent depcheck

typecheck: node_modules ## tsc, no emit
	npm run --silent typecheck

proto: node_modules ## regenerate lib/contracts from proto/
	npm run --silent proto

proto-check: node_modules ## fail when lib/contracts is not what proto/ generates
	npm run --silent proto:check

tools: ## build the pinned Go dev tools (grpcurl, ...) into .tools/bin (needs Go)
	bash scripts/install-tools.sh
