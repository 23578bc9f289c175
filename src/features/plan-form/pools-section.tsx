import { memo, useMemo } from 'react';
import { usePlanStore } from '../../state/plan-store.ts';
import type { DraftPool } from '../../state/plan-draft.ts';
import { CheckInput, SelectInput, TextInput } from './fields.tsx';
import type { Option } from './fields.tsx';
import { RowActions } from './row-actions.tsx';
import { FIRST_FRAME_CARDS, MoreRows, ROWS_SHOWN, useShownRows } from '../../components/more-rows.tsx';
import { ALLOCATION_OPTIONS } from './cluster-section.tsx';
import type { OsType, PoolMode } from '../../core/index.ts';
import { PLAN_DEFAULTS } from '../../core/index.ts';
import { useDefaultPlaceholders } from '../../state/evaluation.tsx';

const MODE_OPTIONS: readonly Option<PoolMode>[] = [
  { value: 'System', label: 'System' },
  { value: 'User', label: 'User' },
];
const OS_OPTIONS: readonly Option<OsType>[] = [
  { value: 'Linux', label: 'Linux' },
  { value: 'Windows', label: 'Windows' },
];

const OS_DEFAULT_LABEL = `Default (${PLAN_DEFAULTS['nodePools[].osType'].value({})})`;

interface PoolRowProps {
  pool: DraftPool;
  index: number;
  count: number;
  hasVnet: boolean;
  plugin: string;
  subnetOptions: readonly Option<string>[];
  /** The max surge and max pods the core applies to a pool that leaves them empty, e.g. '1 node (default)'. */
  surgePlaceholder: string;
  maxPodsPlaceholder: string;
}

/**
 * One pool's fields. Memoized: an edit changes one pool object, so in a 100-pool form only that row
 * renders again.
 */
const PoolRow = memo(function PoolRow({
  pool,
  index,
  count,
  hasVnet,
  plugin,
  subnetOptions,
  surgePlaceholder,
  maxPodsPlaceholder,
}: PoolRowProps) {
  const store = usePlanStore.getState;
  const path = `nodePools[${index}]`;
  const what = `node pool ${pool.name || index + 1}`;
  const update = (patch: Partial<DraftPool>) => store().updateRow('nodePools', pool.id, patch);
  return (
    <li className="row-card">
      <fieldset>
        <legend>
          Node pool {index + 1}
          {pool.name === '' ? '' : `: ${pool.name}`}
        </legend>
        <RowActions
          what={what}
          index={index}
          count={count}
          onDuplicate={() => store().duplicateRow('nodePools', pool.id)}
          onRemove={() => store().removeRow('nodePools', pool.id)}
          onMove={(delta) => store().moveRow('nodePools', pool.id, delta)}
        />
        <div className="field-grid">
          <TextInput
            path={`${path}.name`}
            label="Name"
            value={pool.name}
            onChange={(name) => update({ name })}
          />
          <SelectInput
            path={`${path}.mode`}
            label="Mode"
            value={pool.mode}
            options={MODE_OPTIONS}
            defaultLabel={`Default (${PLAN_DEFAULTS['nodePools[].mode'].value({ index })})`}
            onChange={(mode) => update({ mode })}
          />
          <SelectInput
            path={`${path}.osType`}
            label="OS"
            value={pool.osType}
            options={OS_OPTIONS}
            defaultLabel={OS_DEFAULT_LABEL}
            onChange={(osType) => update({ osType })}
          />
          {hasVnet ? (
            <SelectInput
              path={`${path}.subnet`}
              label="Node subnet"
              value={pool.subnet}
              options={subnetOptions}
              defaultLabel="Default (first node subnet)"
              onChange={(subnet) => update({ subnet })}
            />
          ) : null}
          {plugin === 'azurePodSubnet' || pool.podSubnet !== '' ? (
            <SelectInput
              path={`${path}.podSubnet`}
              label="Pod subnet"
              value={pool.podSubnet}
              options={subnetOptions}
              defaultLabel="Choose a pod subnet"
              onChange={(podSubnet) => update({ podSubnet })}
            />
          ) : null}
          {plugin === 'azurePodSubnet' || pool.podIpAllocationMode !== '' ? (
            <SelectInput
              path={`${path}.podIpAllocationMode`}
              label="Pod IP allocation"
              value={pool.podIpAllocationMode}
              options={ALLOCATION_OPTIONS}
              defaultLabel="Default (cluster's)"
              onChange={(podIpAllocationMode) => update({ podIpAllocationMode })}
            />
          ) : null}
          <TextInput
            path={`${path}.count`}
            label="Node count"
            numeric
            value={pool.count}
            onChange={(count) => update({ count })}
          />
          <TextInput
            path={`${path}.maxSurge`}
            label="Max surge"
            value={pool.maxSurge}
            onChange={(maxSurge) => update({ maxSurge })}
            placeholder={surgePlaceholder}
          />
          <TextInput
            path={`${path}.maxPods`}
            label="Max pods per node"
            numeric
            value={pool.maxPods}
            onChange={(maxPods) => update({ maxPods })}
            placeholder={maxPodsPlaceholder}
          />
        </div>
        <div className="field-row">
          <CheckInput
            path={`${path}.enableAutoScaling`}
            label="Autoscaling"
            checked={pool.enableAutoScaling}
            onChange={(enableAutoScaling) => update({ enableAutoScaling })}
          />
          {pool.enableAutoScaling ? (
            <>
              <TextInput
                path={`${path}.minCount`}
                label="Min nodes"
                numeric
                value={pool.minCount}
                onChange={(minCount) => update({ minCount })}
              />
              <TextInput
                path={`${path}.maxCount`}
                label="Max nodes"
                numeric
                value={pool.maxCount}
                onChange={(maxCount) => update({ maxCount })}
              />
            </>
          ) : null}
        </div>
      </fieldset>
    </li>
  );
});

/** Any number of node pools: mode, OS, subnet, count, autoscaler range, max surge, max pods. */
export function PoolsSection() {
  const pools = usePlanStore((s) => s.draft.nodePools);
  const subnets = usePlanStore((s) => s.draft.subnets);
  const hasVnet = usePlanStore((s) => s.draft.hasVnet);
  const plugin = usePlanStore((s) => s.draft.cluster.networkPlugin);
  const store = usePlanStore.getState;
  const { shown, hidden, showAll } = useShownRows(pools, ROWS_SHOWN, FIRST_FRAME_CARDS);
  // The defaults the core applies to this plan (max surge follows the Kubernetes version, R35).
  const placeholders = useDefaultPlaceholders();
  // One array per subnets list (a pool edit leaves it as it is), so the memoized rows stay put.
  const subnetOptions = useMemo<Option<string>[]>(
    () => subnets.filter((s) => s.name !== '').map((s) => ({ value: s.name, label: s.name })),
    [subnets],
  );
  return (
    <section className="form-section" aria-labelledby="pools-heading">
      <h2 id="pools-heading">Node pools</h2>
      <ol className="row-list">
        {shown.map((pool, index) => (
          <PoolRow
            key={pool.id}
            pool={pool}
            index={index}
            count={pools.length}
            hasVnet={hasVnet}
            plugin={plugin}
            subnetOptions={subnetOptions}
            surgePlaceholder={placeholders.maxSurge}
            maxPodsPlaceholder={placeholders.maxPods}
          />
        ))}
      </ol>
      <MoreRows hidden={hidden} what="node pools" onShowAll={showAll} />
      <button type="button" className="add-button" onClick={() => store().addRow('nodePools')}>
        + Add node pool
      </button>
    </section>
  );
}
