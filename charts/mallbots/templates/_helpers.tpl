{{/*
The chart's shared helpers: names, labels, the services' environment, security contexts and the checks that stop
a bad combination of values with a clear message. Every template uses these; nothing is copied between templates.
*/}}

{{/* Ports every MallBots pod uses (ARCHITECTURE.md §8). */}}
{{- define "mallbots.grpcPort" -}}9000{{- end -}}
{{- define "mallbots.httpPort" -}}8080{{- end -}}

{{- define "mallbots.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-mallbots, or just the release name when it already contains the chart name. */}}
{{- define "mallbots.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of a component's objects: (dict "ctx" $ "component" "stores") -> <fullname>-stores. */}}
{{- define "mallbots.componentName" -}}
{{- printf "%s-%s" (include "mallbots.fullname" .ctx) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "mallbots.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of a component: (dict "ctx" $ "component" "stores"). Never change them: selectors are immutable. */}}
{{- define "mallbots.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mallbots.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "mallbots.labels" -}}
helm.sh/chart: {{ include "mallbots.chart" .ctx }}
{{ include "mallbots.selectorLabels" . }}
app.kubernetes.io/part-of: mallbots
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
{{- end -}}

{{/* Labels of every pod of the release (NetworkPolicies select on these). */}}
{{- define "mallbots.releaseSelector" -}}
app.kubernetes.io/name: {{ include "mallbots.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The services, in the order of ARCHITECTURE.md §8. */}}
{{- define "mallbots.serviceNames" -}}
stores customers baskets ordering depot payments notifications search cosec
{{- end -}}

{{/* A service's image: (dict "ctx" $ "svc" $svcValues). */}}
{{- define "mallbots.image" -}}
{{- $img := merge (dict) (.svc.image | default dict) .ctx.Values.image -}}
{{- printf "%s:%s" $img.repository (default .ctx.Chart.AppVersion ($img.tag | toString)) -}}
{{- end -}}

{{- define "mallbots.imagePullPolicy" -}}
{{- $img := merge (dict) (.svc.image | default dict) .ctx.Values.image -}}
{{- $img.pullPolicy -}}
{{- end -}}

{{/* ---------------------------------------------------------------------------------------------------------------
Infrastructure endpoints and secrets
--------------------------------------------------------------------------------------------------------------- */}}

{{- define "mallbots.postgresql.secretName" -}}
{{- default (include "mallbots.componentName" (dict "ctx" . "component" "postgresql")) .Values.postgresql.auth.existingSecret -}}
{{- end -}}

{{- define "mallbots.rabbitmq.secretName" -}}
{{- default (include "mallbots.componentName" (dict "ctx" . "component" "rabbitmq")) .Values.rabbitmq.auth.existingSecret -}}
{{- end -}}

{{/*
A generated password, stable across upgrades: the value already stored in the Secret if there is one (lookup;
empty under `helm template`), otherwise a new random one. (dict "ctx" $ "name" <secret> "key" <key>) -> base64.
*/}}
{{- define "mallbots.generatedPassword" -}}
{{- $existing := lookup "v1" "Secret" .ctx.Release.Namespace .name -}}
{{- if and $existing $existing.data (hasKey $existing.data .key) -}}
{{- index $existing.data .key -}}
{{- else -}}
{{- randAlphaNum 32 | b64enc -}}
{{- end -}}
{{- end -}}

{{/* The OTLP endpoint services export to; empty when tracing is off. */}}
{{- define "mallbots.otlpEndpoint" -}}
{{- if .Values.telemetry.enabled -}}
{{- if .Values.jaeger.enabled -}}
{{- printf "http://%s:4318" (include "mallbots.componentName" (dict "ctx" . "component" "jaeger")) -}}
{{- else -}}
{{- .Values.telemetry.otlpEndpoint -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The port of the external OTLP endpoint (for NetworkPolicies). */}}
{{- define "mallbots.otlpPort" -}}
{{- $u := urlParse .Values.telemetry.otlpEndpoint -}}
{{- $hostPort := splitList ":" $u.host -}}
{{- if gt (len $hostPort) 1 -}}{{ last $hostPort }}{{- else if eq $u.scheme "https" -}}443{{- else -}}80{{- end -}}
{{- end -}}

{{/* ---------------------------------------------------------------------------------------------------------------
The services' environment
--------------------------------------------------------------------------------------------------------------- */}}

{{/*
The plain (non-secret) configuration of a service, as NAME: value lines: the ConfigMap's data, and the env of the
migration Job (which runs before the ConfigMap exists). (dict "ctx" $ "name" "stores" "svc" $svcValues)
*/}}
{{- define "mallbots.serviceConfig" -}}
{{- $ctx := .ctx -}}
{{- $v := $ctx.Values -}}
{{- $cfg := dict -}}
{{- $_ := set $cfg "SERVICE" .name -}}
{{- $_ := set $cfg "GRPC_HOST" "0.0.0.0" -}}
{{- $_ := set $cfg "GRPC_PORT" (include "mallbots.grpcPort" $ctx) -}}
{{- $_ := set $cfg "HTTP_HOST" "0.0.0.0" -}}
{{- $_ := set $cfg "HTTP_PORT" (include "mallbots.httpPort" $ctx) -}}
{{- $_ := set $cfg "DATABASE_POOL_MAX" ($v.common.databasePoolMax | toString) -}}
{{- $_ := set $cfg "AMQP_NAMESPACE" $v.common.amqpNamespace -}}
{{- $_ := set $cfg "AMQP_PREFETCH" ($v.common.amqpPrefetch | toString) -}}
{{- $_ := set $cfg "LOG_LEVEL" $v.common.logLevel -}}
{{- $_ := set $cfg "SHUTDOWN_TIMEOUT_MS" ($v.common.shutdownTimeoutMs | toString) -}}
{{- $_ := set $cfg "MIGRATE_ON_START" (ternary "true" "false" (eq $v.migrations.mode "startup")) -}}
{{- range $peer := .svc.peers -}}
{{- $_ := set $cfg (printf "%s_GRPC_ADDR" (upper $peer)) (printf "%s:%s" (include "mallbots.componentName" (dict "ctx" $ctx "component" $peer)) (include "mallbots.grpcPort" $ctx)) -}}
{{- end -}}
{{- $otlp := include "mallbots.otlpEndpoint" $ctx -}}
{{- if $otlp -}}
{{- $_ := set $cfg "OTEL_SERVICE_NAME" .name -}}
{{- $_ := set $cfg "OTEL_EXPORTER_OTLP_ENDPOINT" $otlp -}}
{{- $_ := set $cfg "OTEL_EXPORTER_OTLP_PROTOCOL" "http/protobuf" -}}
{{- with $v.telemetry.sampler }}{{ $_ := set $cfg "OTEL_TRACES_SAMPLER" . }}{{ end -}}
{{- with $v.telemetry.samplerArg }}{{ $_ := set $cfg "OTEL_TRACES_SAMPLER_ARG" (toString .) }}{{ end -}}
{{- else -}}
{{- $_ := set $cfg "OTEL_SDK_DISABLED" "true" -}}
{{- end -}}
{{- if eq .name "notifications" -}}
{{- $_ := set $cfg "NOTIFIER" .svc.notifier -}}
{{- if eq .svc.notifier "sms-gateway" -}}
{{- $_ := set $cfg "SMS_GATEWAY_URL" .svc.smsGateway.url -}}
{{- end -}}
{{- end -}}
{{- range $k, $val := $v.common.env -}}
{{- $_ := set $cfg $k (toString $val) -}}
{{- end -}}
{{- range $k, $val := .svc.env -}}
{{- $_ := set $cfg $k (toString $val) -}}
{{- end -}}
{{- range $k, $val := $cfg }}
{{ $k }}: {{ $val | quote }}
{{- end -}}
{{- end -}}

{{/*
The env entries that come from Secrets or the downward API, as an EnvVar list (the container's `env`). Order
matters: $(VAR) references only see variables defined before them.
(dict "ctx" $ "name" "stores" "svc" $svcValues)
*/}}
{{- define "mallbots.serviceSecretEnv" -}}
{{- $ctx := .ctx -}}
{{- $v := $ctx.Values -}}
- name: POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
- name: POD_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
{{- if $v.postgresql.enabled }}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "mallbots.postgresql.secretName" $ctx }}
      key: {{ $v.postgresql.auth.passwordKey }}
- name: DATABASE_URL
  value: {{ printf "postgres://%s:$(DATABASE_PASSWORD)@%s:5432/%s" $v.postgresql.auth.username (include "mallbots.componentName" (dict "ctx" $ctx "component" "postgresql")) $v.postgresql.auth.database | quote }}
{{- else }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ $v.externalDatabase.existingSecret }}
      key: {{ $v.externalDatabase.urlKey }}
{{- end }}
{{- if $v.rabbitmq.enabled }}
- name: RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "mallbots.rabbitmq.secretName" $ctx }}
      key: {{ $v.rabbitmq.auth.passwordKey }}
- name: RABBITMQ_URL
  value: {{ printf "amqp://%s:$(RABBITMQ_PASSWORD)@%s:5672" $v.rabbitmq.auth.username (include "mallbots.componentName" (dict "ctx" $ctx "component" "rabbitmq")) | quote }}
{{- else }}
- name: RABBITMQ_URL
  valueFrom:
    secretKeyRef:
      name: {{ $v.externalRabbitmq.existingSecret }}
      key: {{ $v.externalRabbitmq.urlKey }}
{{- end }}
{{- if include "mallbots.otlpEndpoint" $ctx }}
- name: OTEL_RESOURCE_ATTRIBUTES
  value: "service.namespace=mallbots,k8s.namespace.name=$(POD_NAMESPACE),k8s.pod.name=$(POD_NAME)"
{{- end }}
{{- if and (eq .name "notifications") (eq .svc.notifier "sms-gateway") }}
- name: SMS_GATEWAY_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ .svc.smsGateway.existingSecret }}
      key: {{ .svc.smsGateway.tokenKey }}
{{- end }}
{{- with $v.common.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- with .svc.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* ---------------------------------------------------------------------------------------------------------------
Security contexts
--------------------------------------------------------------------------------------------------------------- */}}

{{/* Pod security context: (dict "uid" 1000 "fsGroup" true). */}}
{{- define "mallbots.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .uid }}
{{- if .fsGroup }}
fsGroup: {{ .uid }}
fsGroupChangePolicy: OnRootMismatch
{{- end }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Container security context: (dict "readOnly" true). */}}
{{- define "mallbots.containerSecurityContext" -}}
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: {{ .readOnly }}
runAsNonRoot: true
capabilities:
  drop:
    - ALL
{{- end -}}

{{/* ---------------------------------------------------------------------------------------------------------------
Checks: combinations the schema cannot express. Each failure names the value to change.
--------------------------------------------------------------------------------------------------------------- */}}
{{- define "mallbots.validate" -}}
{{- $v := .Values -}}
{{- if and (not $v.postgresql.enabled) (not $v.externalDatabase.existingSecret) -}}
{{- fail "postgresql.enabled=false needs externalDatabase.existingSecret: a Secret with the DATABASE_URL under externalDatabase.urlKey" -}}
{{- end -}}
{{- if and (not $v.rabbitmq.enabled) (not $v.externalRabbitmq.existingSecret) -}}
{{- fail "rabbitmq.enabled=false needs externalRabbitmq.existingSecret: a Secret with the RABBITMQ_URL under externalRabbitmq.urlKey" -}}
{{- end -}}
{{- if and (eq $v.migrations.mode "job") $v.postgresql.enabled -}}
{{- fail "migrations.mode=job needs an external database (postgresql.enabled=false): hooks run before the chart's PostgreSQL exists; use migrations.mode=startup with the in-chart PostgreSQL" -}}
{{- end -}}
{{- range $name := splitList " " (include "mallbots.serviceNames" .) -}}
{{- $svc := index $v.services $name -}}
{{- if $svc.enabled -}}
{{- range $peer := $svc.peers -}}
{{- if not (index $v.services $peer).enabled -}}
{{- fail (printf "services.%s calls %s (services.%s.peers), but services.%s.enabled is false" $name $peer $name $peer) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- $n := $v.services.notifications -}}
{{- if and $n.enabled (eq $n.notifier "sms-gateway") (or (not $n.smsGateway.url) (not $n.smsGateway.existingSecret)) -}}
{{- fail "services.notifications.notifier=sms-gateway needs services.notifications.smsGateway.url and .existingSecret (the token's Secret)" -}}
{{- end -}}
{{- end -}}
