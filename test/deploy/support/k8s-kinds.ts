/**
 * The Kubernetes kinds the chart renders, keyed `<apiVersion>/<kind>`, with the kubernetes-models types that
 * describe them. k8s-schema.ts reads this file with the TypeScript compiler to find fields the API does not have.
 * A kind missing here fails the validation test: add it (type here, model class in k8s-schema.ts).
 */
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';

export interface Kinds {
  'apps/v1/Deployment': IDeployment;
  'apps/v1/StatefulSet': IStatefulSet;
  'batch/v1/Job': IJob;
  'networking.k8s.io/v1/NetworkPolicy': INetworkPolicy;
  'policy/v1/PodDisruptionBudget': IPodDisruptionBudget;
  'v1/ConfigMap': IConfigMap;
  'v1/Secret': ISecret;
  'v1/Service': IService;
  'v1/ServiceAccount': IServiceAccount;
}
