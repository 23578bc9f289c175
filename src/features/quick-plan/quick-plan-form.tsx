import type { Finding } from '../../core/index';
import { TextField } from '../../components/text-field';
import { quickPlanFieldOfPath, type QuickPlanField, type QuickPlanInput } from './quick-plan-document';

interface QuickPlanFormProps {
  input: QuickPlanInput;
  findings: readonly Finding[];
  onChange: (field: QuickPlanField, value: string) => void;
}

function errorsOf(findings: readonly Finding[], field: QuickPlanField): string[] {
  return findings
    .filter((finding) => finding.severity === 'error' && quickPlanFieldOfPath(finding.path) === field)
    .map((finding) => finding.message);
}

/** The three quick-plan inputs. What the user types stays in the field as typed, valid or not. */
export function QuickPlanForm({ input, findings, onChange }: QuickPlanFormProps) {
  return (
    <section className="panel" aria-labelledby="quick-plan-inputs">
      <h2 id="quick-plan-inputs">Cluster</h2>
      <form className="form" onSubmit={(event) => event.preventDefault()} noValidate>
        <TextField
          label="Pod CIDR"
          value={input.podCidr}
          onChange={(value) => onChange('podCidr', value)}
          hint="Azure CNI Overlay: each node takes a /24 block from this range."
          errors={errorsOf(findings, 'podCidr')}
        />
        <TextField
          label="Node subnet"
          value={input.nodeSubnet}
          onChange={(value) => onChange('nodeSubnet', value)}
          hint="The VNet subnet the nodes take their IPs from (here also the VNet’s address space)."
          errors={errorsOf(findings, 'nodeSubnet')}
        />
        <TextField
          label="Node count"
          value={input.nodeCount}
          onChange={(value) => onChange('nodeCount', value)}
          hint="Nodes in the system pool."
          inputMode="numeric"
          errors={errorsOf(findings, 'nodeCount')}
        />
      </form>
    </section>
  );
}
