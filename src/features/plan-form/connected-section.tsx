import { memo } from 'react';
import { usePlanStore } from '../../state/plan-store.ts';
import type { DraftConnected } from '../../state/plan-draft.ts';
import { FIRST_FRAME_CARDS, MoreRows, ROWS_SHOWN, useShownRows } from '../../components/more-rows.tsx';
import { SelectInput, TextInput } from './fields.tsx';
import type { Option } from './fields.tsx';
import { RowActions } from './row-actions.tsx';
import type { ConnectedNetworkKind } from '../../core/index.ts';
import { CONNECTED_KIND_WORDS } from '../../core/index.ts';

const KIND_OPTIONS: readonly Option<ConnectedNetworkKind>[] = Object.entries(CONNECTED_KIND_WORDS).map(
  ([value, label]) => ({ value: value as ConnectedNetworkKind, label }),
);

/** One connected network's fields. Memoized: only the edited row renders again. */
const ConnectedRow = memo(function ConnectedRow({
  network,
  index,
  count,
}: {
  network: DraftConnected;
  index: number;
  count: number;
}) {
  const store = usePlanStore.getState;
  const path = `connectedNetworks[${index}]`;
  return (
    <li className="row-card">
      <fieldset>
        <legend>
          Connected network {index + 1}
          {network.name === '' ? '' : `: ${network.name}`}
        </legend>
        <RowActions
          what={`connected network ${network.name || index + 1}`}
          index={index}
          count={count}
          onDuplicate={() => store().duplicateRow('connectedNetworks', network.id)}
          onRemove={() => store().removeRow('connectedNetworks', network.id)}
          onMove={(delta) => store().moveRow('connectedNetworks', network.id, delta)}
        />
        <div className="field-grid">
          <TextInput
            path={`${path}.name`}
            label="Name"
            value={network.name}
            onChange={(name) => store().updateRow('connectedNetworks', network.id, { name })}
          />
          <SelectInput
            path={`${path}.kind`}
            label="Kind"
            value={network.kind}
            options={KIND_OPTIONS}
            onChange={(kind) =>
              store().updateRow('connectedNetworks', network.id, {
                kind: kind === '' ? 'other' : kind,
              })
            }
          />
          <TextInput
            path={`${path}.addressPrefixes`}
            label="Prefixes"
            monospace
            className="field-wide"
            value={network.addressPrefixes}
            onChange={(addressPrefixes) =>
              store().updateRow('connectedNetworks', network.id, { addressPrefixes })
            }
            placeholder="10.0.0.0/8, 192.168.0.0/16"
          />
        </div>
      </fieldset>
    </li>
  );
});

/** Peerings, ExpressRoute, VPN and on-premises ranges that nothing of the cluster may overlap. */
export function ConnectedSection() {
  const networks = usePlanStore((s) => s.draft.connectedNetworks);
  const store = usePlanStore.getState;
  const { shown, hidden, showAll } = useShownRows(networks, ROWS_SHOWN, FIRST_FRAME_CARDS);
  return (
    <section className="form-section" aria-labelledby="connected-heading">
      <h2 id="connected-heading">Connected networks</h2>
      <p className="section-lede">
        Peered VNets, ExpressRoute, VPN and on-premises ranges. Pod, service and VNet ranges must not overlap
        them.
      </p>
      <ol className="row-list">
        {shown.map((network, index) => (
          <ConnectedRow key={network.id} network={network} index={index} count={networks.length} />
        ))}
      </ol>
      <MoreRows hidden={hidden} what="connected networks" onShowAll={showAll} />
      <button type="button" className="add-button" onClick={() => store().addRow('connectedNetworks')}>
        + Add connected network
      </button>
    </section>
  );
}
