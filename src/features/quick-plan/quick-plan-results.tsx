import type { PlanReport } from '../../core/index';
import { Metric } from '../../components/metric';
import { formatCount } from '../../core/index';
import { QUICK_PLAN_SUBNET_NAME } from './quick-plan-document';

interface QuickPlanResultsProps {
  report: PlanReport;
  /** False when the node count could not be read: numbers that depend on it are then not shown. */
  nodeCountRead: boolean;
}

/** The key numbers of the quick plan, each with the test hook plan-document.md §4 names. */
export function QuickPlanResults({ report, nodeCountRead }: QuickPlanResultsProps) {
  const pod = report.podRanges.find((range) => range.family === 'IPv4' && range.cidr !== '');
  const subnet = report.subnets.find((entry) => entry.name === QUICK_PLAN_SUBNET_NAME && entry.cidr !== '');
  const service = report.serviceRanges.find((range) => range.family === 'IPv4' && range.cidr !== '');
  const serviceIsDefault = report.defaultsApplied.some((entry) => entry.path === 'cluster.serviceCidrs');
  const pool = nodeCountRead ? report.nodePools[0] : undefined;

  return (
    <section className="panel" aria-labelledby="quick-plan-results">
      <h2 id="quick-plan-results">Results</h2>
      <div className="result-groups">
        <div className="result-group">
          <h3>Pod CIDR {pod ? <code>{pod.cidr}</code> : null}</h3>
          <dl className="metrics">
            <Metric
              label="Node blocks"
              value={pod?.nodeBlocks}
              testId="pod-node-blocks-ipv4"
              detail={pod?.blockPrefixLength != null ? `/${pod.blockPrefixLength} per node` : undefined}
            />
            <Metric
              label="Max nodes"
              value={pod?.maxNodes}
              testId="pod-max-nodes-ipv4"
              detail={`Cluster limit ${formatCount(report.cluster.nodeLimit)} (${report.cluster.tier} tier)`}
            />
          </dl>
        </div>
        <div className="result-group">
          <h3>Node subnet {subnet ? <code>{subnet.cidr}</code> : null}</h3>
          <dl className="metrics">
            <Metric
              label="Usable addresses"
              value={subnet?.usable}
              testId={`subnet-usable-${QUICK_PLAN_SUBNET_NAME}`}
              detail={
                subnet
                  ? `${formatCount(subnet.totalAddresses)} minus ${subnet.reserved} Azure reserves`
                  : undefined
              }
            />
            <Metric
              label="IPs needed during upgrade"
              value={pool ? subnet?.ipsDuringUpgrade : undefined}
              testId={`subnet-upgrade-ips-${QUICK_PLAN_SUBNET_NAME}`}
              detail={
                pool
                  ? `${formatCount(pool.nodes)} nodes + ${formatCount(pool.surgeNodes)} surge (max surge ${pool.maxSurge})`
                  : undefined
              }
            />
          </dl>
        </div>
        <div className="result-group">
          <h3>
            Service CIDR{' '}
            {service ? (
              <code>
                {service.cidr}
                {serviceIsDefault ? <span className="result-group-note"> (AKS default)</span> : null}
              </code>
            ) : null}
          </h3>
          <dl className="metrics">
            <Metric
              label="Allocatable ClusterIPs"
              value={service?.allocatable}
              testId="service-allocatable-ipv4"
              detail={
                service ? `First address ${service.kubernetesServiceIp} is kubernetes.default` : undefined
              }
            />
          </dl>
        </div>
      </div>
    </section>
  );
}
