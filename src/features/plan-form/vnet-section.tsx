import { memo } from 'react';
import { usePlanStore } from '../../state/plan-store.ts';
import type { DraftSubnet } from '../../state/plan-draft.ts';
import { CheckInput, SelectInput, TextInput } from './fields.tsx';
import type { Option } from './fields.tsx';
import { RowActions } from './row-actions.tsx';
import { FIRST_FRAME_CARDS, MoreRows, ROWS_SHOWN, useShownRows } from '../../components/more-rows.tsx';
import type { SubnetPurpose } from '../../core/index.ts';

const PURPOSE_OPTIONS: readonly Option<SubnetPurpose>[] = [
  { value: 'nodes', label: 'Nodes' },
  { value: 'pods', label: 'Pods' },
  { value: 'apiServer', label: 'API server' },
  { value: 'appGatewayForContainers', label: 'App Gateway for Containers' },
  { value: 'other', label: 'Other' },
];

/**
 * One subnet's fields and other IP consumers. Memoized: an edit changes one subnet object, so only
 * that row renders again.
 */
const SubnetRow = memo(function SubnetRow({
  subnet,
  index,
  count,
}: {
  subnet: DraftSubnet;
  index: number;
  count: number;
}) {
  const store = usePlanStore.getState;
  const path = `vnet.subnets[${index}]`;
  const label = `Subnet ${index + 1}${subnet.name === '' ? '' : `: ${subnet.name}`}`;
  return (
    <li className="row-card">
      <fieldset>
        <legend>{label}</legend>
        <RowActions
          what={`subnet ${subnet.name || index + 1}`}
          index={index}
          count={count}
          onDuplicate={() => store().duplicateRow('subnets', subnet.id)}
          onRemove={() => store().removeRow('subnets', subnet.id)}
          onMove={(delta) => store().moveRow('subnets', subnet.id, delta)}
        />
        <div className="field-grid">
          <TextInput
            path={`${path}.name`}
            label="Name"
            value={subnet.name}
            onChange={(v) => store().updateRow('subnets', subnet.id, { name: v })}
          />
          <TextInput
            path={`${path}.addressPrefixes`}
            label="Prefixes"
            monospace
            value={subnet.addressPrefixes}
            onChange={(v) => store().updateRow('subnets', subnet.id, { addressPrefixes: v })}
            placeholder="10.224.0.0/22, fd00:10::/64"
          />
          <SelectInput
            path={`${path}.purpose`}
            label="Purpose"
            value={subnet.purpose}
            options={PURPOSE_OPTIONS}
            defaultLabel="Default (nodes)"
            onChange={(v) => store().updateRow('subnets', subnet.id, { purpose: v })}
          />
          <TextInput
            path={`${path}.delegatedTo`}
            label="Delegated to"
            value={subnet.delegatedTo}
            onChange={(v) => store().updateRow('subnets', subnet.id, { delegatedTo: v })}
            placeholder="not delegated"
          />
          {subnet.purpose === 'apiServer' || subnet.sharedByClusters !== '' ? (
            <TextInput
              path={`${path}.sharedByClusters`}
              label="Clusters using it"
              numeric
              value={subnet.sharedByClusters}
              onChange={(v) => store().updateRow('subnets', subnet.id, { sharedByClusters: v })}
              placeholder="1"
            />
          ) : null}
          {subnet.resourceId !== '' ? (
            <TextInput
              path={`${path}.id`}
              label="Resource ID"
              monospace
              className="field-wide"
              value={subnet.resourceId}
              onChange={(v) => store().updateRow('subnets', subnet.id, { resourceId: v })}
            />
          ) : null}
        </div>
        <div className="other-ips">
          {subnet.otherIps.map((other, j) => (
            <div className="other-ips-row" key={other.id}>
              <TextInput
                path={`${path}.otherIps[${j}].name`}
                label="Other IPs: what"
                value={other.name}
                onChange={(v) => store().updateOtherIps(subnet.id, other.id, { name: v })}
                placeholder="internal load balancers"
              />
              <TextInput
                path={`${path}.otherIps[${j}].count`}
                label="Count"
                numeric
                value={other.count}
                onChange={(v) => store().updateOtherIps(subnet.id, other.id, { count: v })}
              />
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={`Remove other IPs ${other.name || j + 1} of subnet ${subnet.name}`}
                onClick={() => store().removeOtherIps(subnet.id, other.id)}
              >
                ✕
              </button>
            </div>
          ))}
          <button type="button" className="link-button" onClick={() => store().addOtherIps(subnet.id)}>
            + Other IPs in {subnet.name || 'this subnet'} (load balancers, endpoints, VMs)
          </button>
        </div>
      </fieldset>
    </li>
  );
});

/** The VNet, its address space and any number of subnets with their other IP consumers. */
export function VnetSection() {
  const hasVnet = usePlanStore((s) => s.draft.hasVnet);
  const name = usePlanStore((s) => s.draft.vnetName);
  const rg = usePlanStore((s) => s.draft.vnetResourceGroup);
  const space = usePlanStore((s) => s.draft.vnetAddressSpace);
  const subnets = usePlanStore((s) => s.draft.subnets);
  const store = usePlanStore.getState;
  const setTop = usePlanStore((s) => s.setTop);
  const { shown, hidden, showAll } = useShownRows(subnets, ROWS_SHOWN, FIRST_FRAME_CARDS);
  return (
    <section className="form-section" aria-labelledby="vnet-heading">
      <h2 id="vnet-heading">Virtual network</h2>
      <CheckInput
        path="vnet.hasVnet"
        label="Bring your own VNet"
        checked={hasVnet}
        onChange={(checked) => setTop({ hasVnet: checked })}
        hint={
          hasVnet
            ? undefined
            : 'Unchecked: AKS creates a managed VNet 10.224.0.0/12 with subnet aks-subnet 10.224.0.0/16.'
        }
      />
      {hasVnet ? (
        <>
          <div className="field-grid">
            <TextInput
              path="vnet.name"
              label="VNet name"
              value={name}
              onChange={(vnetName) => setTop({ vnetName })}
            />
            <TextInput
              path="vnet.resourceGroup"
              label="Resource group"
              value={rg}
              onChange={(vnetResourceGroup) => setTop({ vnetResourceGroup })}
            />
            <TextInput
              path="vnet.addressSpace"
              label="Address space"
              monospace
              className="field-wide"
              value={space}
              onChange={(vnetAddressSpace) => setTop({ vnetAddressSpace })}
              hint="One or more prefixes, separated by commas."
            />
          </div>
          <h3 className="list-heading">Subnets</h3>
          <ol className="row-list">
            {shown.map((subnet, index) => (
              <SubnetRow key={subnet.id} subnet={subnet} index={index} count={subnets.length} />
            ))}
          </ol>
          <MoreRows hidden={hidden} what="subnets" onShowAll={showAll} />
          <button type="button" className="add-button" onClick={() => store().addRow('subnets')}>
            + Add subnet
          </button>
        </>
      ) : null}
    </section>
  );
}
