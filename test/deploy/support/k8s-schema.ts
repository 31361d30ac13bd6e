/**
 * Validation of rendered objects against the Kubernetes API schemas, offline, two ways:
 * 1. kubernetes-models' validators (generated from the Kubernetes OpenAPI schema): types, formats, enums and
 *    required fields;
 * 2. unknown fields, which those validators let through (a misspelt `readinessprobe` would be silently dropped by
 *    the API server): every key of an object is looked up in the kubernetes-models TypeScript interface of its
 *    position, with the TypeScript compiler's type checker (types listed in k8s-kinds.ts).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { K8sObject } from './helm.ts';

type Model = new (data: never) => { validate(): void };

const MODELS: Record<string, Model> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
};

const kindKey = (o: K8sObject): string => `${o.apiVersion}/${o.kind}`;

/** Schema errors of one object (empty: valid). */
export function schemaErrors(o: K8sObject): string[] {
  const Model = MODELS[kindKey(o)];
  if (!Model) return [`no schema for ${kindKey(o)} (add it to test/deploy/support/k8s-kinds.ts and k8s-schema.ts)`];
  try {
    new Model(o as never).validate();
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}

interface Checker {
  checker: ts.TypeChecker;
  kinds: ts.Type;
  at: ts.Node;
}

let cached: Checker | undefined;

function typeChecker(): Checker {
  if (cached) return cached;
  const file = join(dirname(fileURLToPath(import.meta.url)), 'k8s-kinds.ts');
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const source = program.getSourceFile(file);
  const checker = program.getTypeChecker();
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const kindsSymbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Kinds');
  if (!source || !kindsSymbol) throw new Error(`cannot read the Kinds interface of ${file}`);
  cached = { checker, kinds: checker.getDeclaredTypeOfSymbol(kindsSymbol), at: source };
  return cached;
}

/** Fields of `o` that its kind's API type does not have, as paths (`spec.template.spec.containers[0].readinessprobe`). */
export function unknownFields(o: K8sObject): string[] {
  const { checker, kinds, at } = typeChecker();
  const kind = kinds.getProperty(kindKey(o));
  if (!kind) return [`no type for ${kindKey(o)} in k8s-kinds.ts`];
  const out: string[] = [];
  const typeOf = (s: ts.Symbol): ts.Type => checker.getTypeOfSymbolAtLocation(s, at);

  const walk = (value: unknown, declared: ts.Type, path: string): void => {
    if (value === null || value === undefined) return;
    let type = checker.getNonNullableType(declared);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
    if (type.isUnion()) {
      // e.g. IntOrString (number | string): a structured value picks the one structured member, if any
      const structured = type.types.filter((t) => t.flags & ts.TypeFlags.Object);
      if (typeof value !== 'object' || structured.length !== 1) return;
      type = structured[0]!;
    }
    if (Array.isArray(value)) {
      const element = type.getNumberIndexType();
      if (element) value.forEach((v, i) => walk(v, element, `${path}[${i}]`));
      return;
    }
    if (typeof value !== 'object' || !(type.flags & ts.TypeFlags.Object)) return; // type errors: schemaErrors
    const index = type.getStringIndexType();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const prop = type.getProperty(key);
      const at = path ? `${path}.${key}` : key;
      if (prop) walk(v, typeOf(prop), at);
      else if (index) walk(v, index, at);
      else out.push(at);
    }
  };
  walk(o, typeOf(kind), '');
  return out;
}
