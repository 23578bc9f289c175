import { formatCount } from '../../core/index.ts';
import type { HeadroomLimit } from '../../core/index.ts';
import { RESOURCE_COLOR } from './headroom-scale.ts';

/** The key under a headroom chart: each range, where it runs out, the first one in bold. */
export function HeadroomLegend({
  ordered,
  first,
  xMax,
}: {
  ordered: readonly HeadroomLimit[];
  first: HeadroomLimit | null;
  xMax: number;
}) {
  return (
    <figcaption className="headroom-legend">
      <ul>
        {ordered.map((limit) => (
          <li key={limit.resource} className={limit === first ? 'headroom-legend-first' : undefined}>
            <span
              className="headroom-swatch"
              style={{ background: RESOURCE_COLOR[limit.resource] }}
              aria-hidden="true"
            />
            {limit.label}
            <span className="headroom-legend-value">
              {limit.maxNodesDuringUpgrade < 0
                ? 'short already'
                : `full at ${formatCount(limit.maxNodesDuringUpgrade)}${limit.maxNodesDuringUpgrade > xMax ? ' (off the chart)' : ''}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="headroom-legend-note">
        Percent of each range used during an upgrade (surge nodes included).
      </p>
    </figcaption>
  );
}
