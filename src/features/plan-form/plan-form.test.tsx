// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { draftToPlan } from '../../state/plan-draft.ts';
import { templateById } from '../../state/templates.ts';
import { PlanForm } from './plan-form.tsx';

const draft = () => usePlanStore.getState().draft;

function renderForm() {
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <PlanForm />
    </EvaluationProvider>,
  );
  return user;
}

const pool = (n: number) => screen.getByRole('group', { name: new RegExp(`^Node pool ${n}(: |$)`) });
const subnet = (n: number) => screen.getByRole('group', { name: new RegExp(`^Subnet ${n}(: |$)`) });

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
});
afterEach(cleanup);

describe('PlanForm', () => {
  it('shows the draft in labelled fields', () => {
    renderForm();
    expect(screen.getByLabelText('Plan title')).toHaveProperty('value', 'New AKS cluster');
    expect(screen.getByLabelText('Network plugin')).toHaveProperty('value', 'overlay');
    expect(screen.getByLabelText('Address space')).toHaveProperty('value', '10.224.0.0/12');
    expect(within(subnet(1)).getByLabelText('Name')).toHaveProperty('value', 'nodes');
    expect(within(pool(1)).getByLabelText('Node count')).toHaveProperty('value', '3');
    expect(screen.getByRole('group', { name: 'Node pool 1: system' })).toBeTruthy();
  });

  it("offers each subnet once in a pool's subnet list, even a name from a file with a line break", () => {
    const template = templateById('blank-overlay');
    if (template === undefined) throw new Error('no template');
    const { plan } = template;
    usePlanStore.getState().loadPlan({
      ...plan,
      vnet: { ...plan.vnet, subnets: [{ name: 'nodes\nblue', addressPrefixes: ['10.224.0.0/22'] }] },
    });
    renderForm();
    const options = within(within(pool(1)).getByLabelText('Node subnet'))
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    // The default choice, then the one subnet: its name whole, not split at the line break.
    expect(options).toEqual(['', 'nodes\nblue']);
  });

  it('typing into fields updates the store draft', async () => {
    const user = renderForm();
    await user.clear(screen.getByLabelText('Plan title'));
    await user.type(screen.getByLabelText('Plan title'), 'Payments');
    await user.type(screen.getByLabelText('Pod CIDR (IPv4)'), '10.244.0.0/20');
    await user.clear(within(pool(1)).getByLabelText('Node count'));
    await user.type(within(pool(1)).getByLabelText('Node count'), '12');
    await user.selectOptions(screen.getByLabelText('Pricing tier'), 'Premium');
    await user.type(screen.getByLabelText('Notes'), 'Two lines{Enter}of notes');
    expect(draft().title).toBe('Payments');
    expect(draft().notes).toBe('Two lines\nof notes');
    expect(draft().cluster.podCidrs[0]).toBe('10.244.0.0/20');
    expect(draft().cluster.tier).toBe('Premium');
    expect(draft().nodePools[0]?.count).toBe('12');
    expect(draftToPlan(draft()).plan).toMatchObject({
      title: 'Payments',
      cluster: { podCidrs: ['10.244.0.0/20'], tier: 'Premium' },
      nodePools: [{ name: 'system', count: 12 }],
    });
  });

  it('shows the fields each choice needs: IPv6 ranges, kubenet routes, autoscaler bounds, the VNet', async () => {
    const user = renderForm();
    expect(screen.queryByLabelText('Pod CIDR (IPv6)')).toBeNull();
    await user.click(screen.getByLabelText('Dual-stack (IPv4 + IPv6)'));
    expect(draft().cluster.dualStack).toBe(true);
    await user.type(screen.getByLabelText('Pod CIDR (IPv6)'), 'fd00:1::/64');
    expect(draft().cluster.podCidrs[1]).toBe('fd00:1::/64');
    expect(screen.getByLabelText('Service CIDR (IPv6)')).toBeTruthy();

    expect(screen.queryByLabelText('Custom routes in route table')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Network plugin'), 'kubenet');
    expect(screen.getByLabelText('Custom routes in route table')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Network plugin'), 'azureNodeSubnet');
    expect(screen.queryByLabelText('Pod CIDR (IPv4)')).toBeNull();

    expect(within(pool(1)).queryByLabelText('Max nodes')).toBeNull();
    await user.click(within(pool(1)).getByLabelText('Autoscaling'));
    await user.type(within(pool(1)).getByLabelText('Max nodes'), '9');
    expect(draft().nodePools[0]).toMatchObject({ enableAutoScaling: true, maxCount: '9' });

    await user.click(screen.getByLabelText('Bring your own VNet'));
    expect(draft().hasVnet).toBe(false);
    expect(screen.queryByLabelText('Address space')).toBeNull();
    expect(within(pool(1)).queryByLabelText('Node subnet')).toBeNull();
  });

  it('adds, duplicates, moves and removes rows with their buttons', async () => {
    const user = renderForm();
    await user.click(screen.getByRole('button', { name: '+ Add node pool' }));
    expect(draft().nodePools.map((p) => p.name)).toEqual(['system', 'pool2']);
    await user.clear(within(pool(2)).getByLabelText('Name'));
    await user.type(within(pool(2)).getByLabelText('Name'), 'apps');
    expect(screen.getByRole('group', { name: 'Node pool 2: apps' })).toBeTruthy();
    expect(within(pool(2)).getByLabelText('Mode')).toHaveProperty('value', 'User');

    await user.click(screen.getByRole('button', { name: 'Move node pool apps up' }));
    expect(draft().nodePools.map((p) => p.name)).toEqual(['apps', 'system']);
    expect(screen.getByRole('button', { name: 'Move node pool apps up' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Duplicate node pool apps' }));
    expect(draft().nodePools.map((p) => p.name)).toEqual(['apps', 'apps2', 'system']);
    await user.click(screen.getByRole('button', { name: 'Remove node pool apps' }));
    await user.click(screen.getByRole('button', { name: 'Remove node pool apps2' }));
    expect(draft().nodePools.map((p) => p.name)).toEqual(['system']);

    await user.click(screen.getByRole('button', { name: '+ Add subnet' }));
    expect(screen.getByRole('group', { name: 'Subnet 2: snet-2' })).toBeTruthy();
    await user.type(within(subnet(2)).getByLabelText('Prefixes'), '10.224.4.0/28');
    await user.selectOptions(within(subnet(2)).getByLabelText('Purpose'), 'apiServer');
    expect(within(subnet(2)).getByLabelText('Clusters using it')).toBeTruthy();
    await user.click(within(subnet(2)).getByRole('button', { name: /^\+ Other IPs in snet-2/ }));
    await user.clear(within(subnet(2)).getByLabelText('Count'));
    await user.type(within(subnet(2)).getByLabelText('Count'), '2');
    expect(draft().subnets[1]).toMatchObject({ addressPrefixes: '10.224.4.0/28', purpose: 'apiServer' });
    // R68 (revision 2026-12-06): the Application Gateway for Containers purpose is a choice too
    await user.selectOptions(within(subnet(2)).getByLabelText('Purpose'), 'appGatewayForContainers');
    expect(draft().subnets[1]?.purpose).toBe('appGatewayForContainers');
    await user.selectOptions(within(subnet(2)).getByLabelText('Purpose'), 'apiServer');
    expect(draft().subnets[1]?.otherIps.map((o) => o.count)).toEqual(['2']);
    await user.click(within(subnet(2)).getByRole('button', { name: 'Remove other IPs 1 of subnet snet-2' }));
    expect(draft().subnets[1]?.otherIps).toEqual([]);
    // a named subnet becomes a choice for the pools' node subnet
    expect(
      within(within(pool(1)).getByLabelText('Node subnet')).getByRole('option', { name: 'snet-2' }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '+ Add connected network' }));
    const network = screen.getByRole('group', { name: /^Connected network 1/ });
    await user.type(within(network).getByLabelText('Name'), 'hub');
    await user.selectOptions(within(network).getByLabelText('Kind'), 'expressRoute');
    await user.type(within(network).getByLabelText('Prefixes'), '10.0.0.0/16');
    expect(draft().connectedNetworks[0]).toMatchObject({
      name: 'hub',
      kind: 'expressRoute',
      addressPrefixes: '10.0.0.0/16',
    });
    await user.click(screen.getByRole('button', { name: 'Remove connected network hub' }));
    expect(draft().connectedNetworks).toEqual([]);
  });

  it('an invalid number keeps the text and shows an inline message with aria-invalid', async () => {
    const user = renderForm();
    const maxPods = within(pool(1)).getByLabelText('Max pods per node');
    expect(maxPods.getAttribute('aria-invalid')).toBeNull();
    await user.type(maxPods, 'abc');
    expect(maxPods).toHaveProperty('value', 'abc');
    expect(maxPods.getAttribute('aria-invalid')).toBe('true');
    const describedBy = maxPods.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy);
    expect(message?.textContent).toContain('Max pods "abc" is not a whole number');
    expect(maxPods.closest('.field')?.className).toContain('field-invalid');
    expect(within(pool(1)).getByLabelText('Node count')).toHaveProperty('value', '3');

    await user.clear(maxPods);
    await user.type(maxPods, '110');
    expect(maxPods.getAttribute('aria-invalid')).toBeNull();
    expect(maxPods.getAttribute('aria-describedby')).toBeNull();
    expect(draft().nodePools[0]?.maxPods).toBe('110');
  });

  it('shows a core finding at its field: an invalid pod CIDR', async () => {
    const user = renderForm();
    const pod = screen.getByLabelText('Pod CIDR (IPv4)');
    await user.type(pod, '10.244.0.0/33');
    expect(pod.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(pod.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      '10.244.0.0/33',
    );
  });

  it('a value the plugin does not use stays visible with its note until cleared', async () => {
    const user = renderForm();
    const pod = screen.getByLabelText('Pod CIDR (IPv4)');
    await user.type(pod, '10.244.0.0/16');
    await user.selectOptions(screen.getByLabelText('Network plugin'), 'azureNodeSubnet');
    expect(screen.getByLabelText('Pod CIDR (IPv4)')).toBe(pod);
    expect(document.getElementById(pod.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'is not used',
    );
    await user.clear(pod);
    expect(screen.queryByLabelText('Pod CIDR (IPv4)')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Network plugin'), 'overlay');
    expect(screen.getByLabelText('Pod CIDR (IPv4)')).toHaveProperty('value', '');
  });

  it('a pool keeps showing a subnet that was renamed, with the error at the field', async () => {
    const user = renderForm();
    await user.selectOptions(within(pool(1)).getByLabelText('Node subnet'), 'nodes');
    await user.type(within(subnet(1)).getByLabelText('Name'), '-a');
    const select = within(pool(1)).getByLabelText('Node subnet') as HTMLSelectElement;
    expect(select.value).toBe('nodes');
    expect(select.selectedOptions[0]?.textContent).toBe('nodes (not in the list)');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(select, 'nodes-a');
    expect(draft().nodePools[0]?.subnet).toBe('nodes-a');
    expect(select.getAttribute('aria-invalid')).toBeNull();
    expect(within(select).queryByText('nodes (not in the list)')).toBeNull();
  });

  it('shows an imported subnet resource ID so its findings have a field', () => {
    usePlanStore.getState().loadPlan({
      schemaVersion: 1,
      vnet: {
        name: 'vnet-a',
        addressSpace: ['10.0.0.0/16'],
        subnets: [
          {
            name: 'snet',
            addressPrefixes: ['10.0.0.0/24'],
            id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-b/subnets/snet',
          },
        ],
      },
      nodePools: [{ name: 'system' }],
    });
    renderForm();
    const id = within(subnet(1)).getByLabelText('Resource ID');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(id.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'vnet-b',
    );
  });

  it('every input has a label', () => {
    usePlanStore
      .getState()
      .loadPlan(templateById('production-autoscale')?.plan ?? { schemaVersion: 1, nodePools: [] });
    renderForm();
    const controls = Array.from(document.querySelectorAll('input, select, textarea'));
    expect(controls.length).toBeGreaterThan(30);
    for (const control of controls) {
      expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    const ids = controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** A kubenet plan whose one pool leaves max surge and max pods to the core. */
function renderDefaultsForm(kubernetesVersion: string) {
  usePlanStore.getState().loadPlan({
    schemaVersion: 1,
    cluster: { kubernetesVersion, networkPlugin: 'kubenet' },
    nodePools: [{ name: 'system', count: 3 }],
  });
  return renderForm();
}

const placeholder = (element: HTMLElement) => element.getAttribute('placeholder');

describe('the form shows the default the core applies to this plan', () => {
  it('max surge: 1 node below Kubernetes 1.32, 10 % from 1.32 (R35)', async () => {
    const user = renderDefaultsForm('1.31');
    expect(placeholder(within(pool(1)).getByLabelText('Max surge'))).toBe('1 node (default)');
    await user.clear(screen.getByLabelText('Kubernetes version'));
    await user.type(screen.getByLabelText('Kubernetes version'), '1.32');
    expect(placeholder(within(pool(1)).getByLabelText('Max surge'))).toBe('10% (default)');
    await user.clear(screen.getByLabelText('Kubernetes version'));
    expect(placeholder(within(pool(1)).getByLabelText('Max surge'))).toBe('10% (default)');
  });

  it('max pods follows the plugin; kubenet routes follow the outbound type (R29, R21)', async () => {
    const user = renderDefaultsForm('1.33');
    expect(placeholder(within(pool(1)).getByLabelText('Max pods per node'))).toBe('110 (default)');
    expect(placeholder(screen.getByLabelText('Custom routes in route table'))).toBe('0 (default)');
    await user.selectOptions(screen.getByLabelText('Outbound type'), 'userDefinedRouting');
    expect(placeholder(screen.getByLabelText('Custom routes in route table'))).toBe('1 (default)');
    await user.selectOptions(screen.getByLabelText('Network plugin'), 'azureNodeSubnet');
    expect(placeholder(within(pool(1)).getByLabelText('Max pods per node'))).toBe('30 (default)');
  });
});
