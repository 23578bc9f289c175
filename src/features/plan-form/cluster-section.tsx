import { usePlanStore } from '../../state/plan-store.ts';
import { withDualStack } from '../../state/cidr-lists.ts';
import { CidrListInputs } from './cidr-list-inputs.tsx';
import { CheckInput, SelectInput, TextInput } from './fields.tsx';
import type { Option } from './fields.tsx';
import type {
  NetworkDataplane,
  NetworkPlugin,
  NetworkPolicy,
  OutboundType,
  PodIpAllocationMode,
  Tier,
} from '../../core/index.ts';
import { OUTBOUND_TYPE_WORDS, PLAN_DEFAULTS } from '../../core/index.ts';
import { useDefaultPlaceholders } from '../../state/evaluation.tsx';

export const PLUGIN_OPTIONS: readonly Option<NetworkPlugin>[] = [
  { value: 'overlay', label: 'Azure CNI Overlay' },
  { value: 'kubenet', label: 'Kubenet (retiring 2028)' },
  { value: 'azureNodeSubnet', label: 'Azure CNI Node Subnet (flat)' },
  { value: 'azurePodSubnet', label: 'Azure CNI Pod Subnet' },
  { value: 'none', label: 'Bring your own CNI' },
];
const TIER_OPTIONS: readonly Option<Tier>[] = [
  { value: 'Free', label: 'Free (1,000 nodes)' },
  { value: 'Standard', label: 'Standard (5,000 nodes)' },
  { value: 'Premium', label: 'Premium (5,000 nodes)' },
];
const DATAPLANE_OPTIONS: readonly Option<NetworkDataplane>[] = [
  { value: 'azure', label: 'Azure' },
  { value: 'cilium', label: 'Cilium' },
];
const POLICY_OPTIONS: readonly Option<NetworkPolicy>[] = [
  { value: 'none', label: 'None' },
  { value: 'azure', label: 'Azure NPM' },
  { value: 'calico', label: 'Calico' },
  { value: 'cilium', label: 'Cilium' },
];
const OUTBOUND_OPTIONS: readonly Option<OutboundType>[] = Object.entries(OUTBOUND_TYPE_WORDS).map(
  ([value, label]) => ({ value: value as OutboundType, label }),
);
export const ALLOCATION_OPTIONS: readonly Option<PodIpAllocationMode>[] = [
  { value: 'DynamicIndividual', label: 'Dynamic (batches of 16)' },
  { value: 'StaticBlock', label: 'Static /28 blocks' },
];

/** The word an option list gives a value (the value itself when the list lacks it). */
function optionLabel<T extends string>(options: readonly Option<T>[], value: T): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** The dual-stack default pod and service CIDRs, IPv4 then IPv6 (PLAN_DEFAULTS). */
const DEFAULT_PODS = PLAN_DEFAULTS['cluster.podCidrs'].value({ dualStack: true });
const DEFAULT_SERVICES = PLAN_DEFAULTS['cluster.serviceCidrs'].value({ dualStack: true });

/** The empty choice of each select names the default the core applies (PLAN_DEFAULTS). */
const DEFAULT_LABELS = {
  networkPlugin: `Default (${optionLabel(PLUGIN_OPTIONS, PLAN_DEFAULTS['cluster.networkPlugin'].value({}))})`,
  tier: `Default (${PLAN_DEFAULTS['cluster.tier'].value({})})`,
  networkDataplane: `Default (${optionLabel(DATAPLANE_OPTIONS, PLAN_DEFAULTS['cluster.networkDataplane'].value({}))})`,
  networkPolicy: `Default (${PLAN_DEFAULTS['cluster.networkPolicy'].value({})})`,
  outboundType: `Default (${OUTBOUND_TYPE_WORDS[PLAN_DEFAULTS['cluster.outboundType'].value({})].toLowerCase()})`,
} as const;

/**
 * Cluster settings: plugin, families, pod and service ranges, DNS IP, tier, data plane, egress. A field the
 * chosen plugin does not use still shows while it holds a value, so the plan never carries what the page hides.
 */
export function ClusterSection() {
  const c = usePlanStore((s) => s.draft.cluster);
  const setCluster = usePlanStore((s) => s.setCluster);
  const plugin = c.networkPlugin === '' ? 'overlay' : c.networkPlugin;
  const hasPodCidr = plugin === 'overlay' || plugin === 'kubenet' || plugin === 'none';
  const placeholders = useDefaultPlaceholders();
  return (
    <section className="form-section" aria-labelledby="cluster-heading">
      <h2 id="cluster-heading">Cluster</h2>
      <div className="field-grid">
        <TextInput
          path="cluster.name"
          label="Cluster name"
          value={c.name}
          onChange={(name) => setCluster({ name })}
        />
        <TextInput
          path="cluster.kubernetesVersion"
          label="Kubernetes version"
          value={c.kubernetesVersion}
          onChange={(kubernetesVersion) => setCluster({ kubernetesVersion })}
          placeholder="1.33"
        />
        <SelectInput
          path="cluster.networkPlugin"
          label="Network plugin"
          value={c.networkPlugin}
          options={PLUGIN_OPTIONS}
          defaultLabel={DEFAULT_LABELS.networkPlugin}
          onChange={(networkPlugin) => setCluster({ networkPlugin })}
        />
        <SelectInput
          path="cluster.tier"
          label="Pricing tier"
          value={c.tier}
          options={TIER_OPTIONS}
          defaultLabel={DEFAULT_LABELS.tier}
          onChange={(tier) => setCluster({ tier })}
        />
        <SelectInput
          path="cluster.networkDataplane"
          label="Data plane"
          value={c.networkDataplane}
          options={DATAPLANE_OPTIONS}
          defaultLabel={DEFAULT_LABELS.networkDataplane}
          onChange={(networkDataplane) => setCluster({ networkDataplane })}
        />
        <SelectInput
          path="cluster.networkPolicy"
          label="Network policy"
          value={c.networkPolicy}
          options={POLICY_OPTIONS}
          defaultLabel={DEFAULT_LABELS.networkPolicy}
          onChange={(networkPolicy) => setCluster({ networkPolicy })}
        />
        <SelectInput
          path="cluster.outboundType"
          label="Outbound type"
          value={c.outboundType}
          options={OUTBOUND_OPTIONS}
          defaultLabel={DEFAULT_LABELS.outboundType}
          onChange={(outboundType) => setCluster({ outboundType })}
        />
        {plugin === 'kubenet' || c.routeTableCustomRoutes !== '' ? (
          <TextInput
            path="cluster.routeTableCustomRoutes"
            label="Custom routes in route table"
            numeric
            value={c.routeTableCustomRoutes}
            onChange={(routeTableCustomRoutes) => setCluster({ routeTableCustomRoutes })}
            placeholder={placeholders.routeTableCustomRoutes}
          />
        ) : null}
        {plugin === 'azurePodSubnet' || c.podIpAllocationMode !== '' ? (
          <SelectInput
            path="cluster.podIpAllocationMode"
            label="Pod IP allocation"
            value={c.podIpAllocationMode}
            options={ALLOCATION_OPTIONS}
            defaultLabel="Default (dynamic)"
            onChange={(podIpAllocationMode) => setCluster({ podIpAllocationMode })}
          />
        ) : null}
      </div>
      <div className="field-row">
        <CheckInput
          path="cluster.dualStack"
          label="Dual-stack (IPv4 + IPv6)"
          checked={c.dualStack}
          onChange={(dualStack) => setCluster(withDualStack(c, dualStack))}
        />
        <CheckInput
          path="cluster.privateCluster"
          label="Private cluster"
          checked={c.privateCluster}
          onChange={(privateCluster) => setCluster({ privateCluster })}
          hint="The API server endpoint takes an IP in the first pool's subnet."
        />
      </div>
      <div className="field-grid">
        <CidrListInputs
          list="podCidrs"
          name="Pod CIDR"
          used={hasPodCidr}
          placeholders={{
            IPv4: plugin === 'none' ? `required, e.g. ${DEFAULT_PODS[0]}` : `${DEFAULT_PODS[0]} (default)`,
            IPv6: `${DEFAULT_PODS[1]} (default)`,
          }}
        />
        <CidrListInputs
          list="serviceCidrs"
          name="Service CIDR"
          used
          placeholders={{
            IPv4: `${DEFAULT_SERVICES[0]} (default)`,
            IPv6: `${DEFAULT_SERVICES[1]} (default)`,
          }}
        />
        <TextInput
          path="cluster.dnsServiceIp"
          label="DNS service IP"
          monospace
          value={c.dnsServiceIp}
          onChange={(dnsServiceIp) => setCluster({ dnsServiceIp })}
          placeholder=".10 of the service CIDR"
        />
        {plugin === 'overlay' || c.podCidrExpansion !== '' ? (
          <TextInput
            path="cluster.podCidrExpansion"
            label="Planned pod CIDR expansion"
            monospace
            value={c.podCidrExpansion}
            onChange={(podCidrExpansion) => setCluster({ podCidrExpansion })}
            placeholder="optional, e.g. 10.244.0.0/15"
          />
        ) : null}
      </div>
    </section>
  );
}
