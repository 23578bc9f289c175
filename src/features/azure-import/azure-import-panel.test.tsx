// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePlanStore } from '../../state/plan-store.ts';
import { draftToPlan, planToDraft } from '../../state/plan-draft.ts';
import { templateById } from '../../state/templates.ts';
import { AZURE_FIXTURES as F } from '../../core/import/fixtures/fixtures.ts';
import { OVERLAY_PLAN, PODSUBNET_PLAN } from '../../core/import/fixtures/expected-plans.ts';
import { AzureImportPanel } from './azure-import-panel.tsx';

const currentPlan = () => draftToPlan(usePlanStore.getState().draft).plan;

/** Puts text into a box the way a paste does (one change event, not a keystroke per character). */
function paste(label: string, text: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
});
afterEach(cleanup);

describe('AzureImportPanel', () => {
  it('offers three labelled boxes, each with its command, a file input and the import button', () => {
    render(<AzureImportPanel />);
    expect(screen.getByRole('heading', { name: 'Import from Azure' })).toBeTruthy();
    for (const [label, command] of [
      ['az network vnet show output', 'az network vnet show -g RG -n VNET -o json'],
      ['az aks show output', 'az aks show -g RG -n CLUSTER -o json'],
      ['az aks nodepool list output', 'az aks nodepool list -g RG --cluster-name CLUSTER -o json'],
    ] as const) {
      const box = screen.getByRole('textbox', { name: label });
      const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
      expect(hint?.textContent).toContain(command);
    }
    expect(screen.getByLabelText('Load az network vnet show JSON file').getAttribute('type')).toBe('file');
    expect(screen.getByLabelText('Load az aks show JSON file').getAttribute('type')).toBe('file');
    expect(screen.getByLabelText('Load az aks nodepool list JSON file').getAttribute('type')).toBe('file');
    expect(screen.getByRole('button', { name: 'Import into the plan' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('imports the overlay fixtures into the plan and lists what it found', async () => {
    const user = userEvent.setup();
    render(<AzureImportPanel />);
    paste('az network vnet show output', F.vnetShowOverlaySpoke);
    paste('az aks show output', F.aksShowOverlayIpv4);
    paste('az aks nodepool list output', F.aksNodepoolListOverlay);
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    // The store keeps what a form holds (false checkboxes are "not set"), so compare through it.
    expect(currentPlan()).toEqual(draftToPlan(planToDraft(OVERLAY_PLAN)).plan);
    expect(currentPlan().vnet?.subnets?.map((s) => s.id)).toEqual(
      OVERLAY_PLAN.vnet?.subnets?.map((s) => s.id),
    );
    const status = screen.getByRole('status');
    expect(within(status).getByText('Imported into the plan.')).toBeTruthy();
    const codes = Array.from(status.querySelectorAll('[data-finding-code]')).map((el) =>
      el.getAttribute('data-finding-code'),
    );
    expect(codes).toEqual([
      'AZURE_IMPORT_READ',
      'AZURE_IMPORT_READ',
      'AZURE_IMPORT_READ',
      'AZURE_IMPORT_POOLS_MERGED',
      'AZURE_IMPORT_SUBNET_PURPOSES',
    ]);
    expect(status.textContent).toContain('From az aks show: cluster aks-payments-prod-weu');
    // Commands in the messages are shown as code.
    expect(status.querySelector('.azure-import-message code')?.textContent).toBe('az network vnet show');
  });

  it('imports what it can, lists errors and missing pieces first', async () => {
    const user = userEvent.setup();
    render(<AzureImportPanel />);
    paste('az network vnet show output', 'this is not json');
    paste('az aks show output', F.aksShowAzureCniPodsubnet);
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    // Without the VNet, the subnets come from the pools' IDs, with no prefixes yet.
    expect(currentPlan().nodePools.map((p) => [p.name, p.subnet, p.podSubnet])).toEqual(
      PODSUBNET_PLAN.nodePools.map((p) => [p.name, p.subnet, p.podSubnet]),
    );
    const status = screen.getByRole('status');
    expect(status.querySelector('.azure-import-summary')?.textContent).toBe(
      'Imported into the plan. 1 error and 1 point to check:',
    );
    const items = Array.from(status.querySelectorAll('li'));
    expect(items[0]?.getAttribute('data-finding-code')).toBe('AZURE_IMPORT_NOT_JSON');
    expect(items[0]?.getAttribute('data-severity')).toBe('error');
    expect(items[1]?.textContent).toContain('paste az network vnet show -g RG-NETWORK-DATA-PROD-SEC');
    expect(items[1]?.querySelector('.azure-import-path')?.textContent).toBe(
      'aksShow.agentPoolProfiles[0].vnetSubnetId',
    );
  });

  it('leaves the plan untouched when nothing is usable, and says why', async () => {
    const user = userEvent.setup();
    render(<AzureImportPanel />);
    const before = usePlanStore.getState().draft;
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    expect(screen.getByRole('status').textContent).toContain('Nothing to import');
    paste('az aks show output', '{"schemaVersion": 1, "nodePools": []}');
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Nothing could be imported, so the plan was not changed');
    expect(status.querySelector('[data-finding-code="AZURE_IMPORT_UNRECOGNIZED"]')?.textContent).toContain(
      'Import plan',
    );
    expect(status.className).toContain('azure-import-failed');
    expect(usePlanStore.getState().draft).toBe(before);
  });

  it("says so when a box holds another command's output, and imports it anyway", async () => {
    const user = userEvent.setup();
    render(<AzureImportPanel />);
    paste('az network vnet show output', F.aksShowKubenet);
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    expect(currentPlan().cluster?.networkPlugin).toBe('kubenet');
    expect(
      screen.getByRole('status').querySelector('[data-finding-code="AZURE_IMPORT_WRONG_BOX"]')?.textContent,
    ).toContain('The az network vnet show box holds az aks show output');
  });

  it('loads a JSON file into its box', async () => {
    const user = userEvent.setup();
    render(<AzureImportPanel />);
    const file = new File([F.aksShowKubenet], 'aks-show.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Load az aks show JSON file'), file);
    await waitFor(() =>
      expect((screen.getByLabelText('az aks show output') as HTMLTextAreaElement).value).toBe(
        F.aksShowKubenet,
      ),
    );
    expect(screen.getByText('Loaded aks-show.json.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    expect(currentPlan().cluster?.name).toBe('aks-intranet-kubenet-uks');
  });

  it('Clear empties the boxes and the status', async () => {
    const user = userEvent.setup();
    render(<AzureImportPanel />);
    const clear = screen.getByRole('button', { name: 'Clear' });
    expect((clear as HTMLButtonElement).disabled).toBe(true);
    paste('az aks show output', F.aksShowKubenet);
    await user.click(screen.getByRole('button', { name: 'Import into the plan' }));
    await user.click(clear);
    expect((screen.getByLabelText('az aks show output') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
