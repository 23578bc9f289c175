// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { scenario } from '../../testing/scenarios.ts';
import { azCliCommands, bicepTemplate, evaluate, terraformConfig } from '../../core/index.ts';
import { ExportPanel } from './export-panel.tsx';
import { exportText } from '../../testing/export-text.ts';

function renderPanel() {
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <ExportPanel />
    </EvaluationProvider>,
  );
  return user;
}

const code = () => screen.getByRole('tabpanel').querySelector('pre code')?.textContent ?? '';
const plan = scenario('production-autoscale').plan;

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

beforeEach(() => usePlanStore.getState().loadPlan(plan));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportPanel', () => {
  it('shows the Azure CLI commands first, the exporter output for the current plan', () => {
    renderPanel();
    const tabs = within(screen.getByRole('tablist', { name: 'Infrastructure code format' })).getAllByRole(
      'tab',
    );
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['Azure CLI', 'true'],
      ['Bicep', 'false'],
      ['Terraform', 'false'],
    ]);
    expect(screen.getByRole('tabpanel', { name: 'Azure CLI' })).toBeTruthy();
    expect(code()).toBe(exportText(azCliCommands(evaluate(plan))));
    expect(code()).toContain('--pod-cidr 100.64.0.0/16');
  });

  it('switches format by click and by arrow keys, Home and End, moving focus (roving tabindex)', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('tab', { name: 'Bicep' }));
    expect(code()).toBe(exportText(bicepTemplate(evaluate(plan))));
    expect(screen.getByRole('tab', { name: 'Bicep' }).getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Terraform');
    expect(code()).toBe(exportText(terraformConfig(evaluate(plan))));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Azure CLI');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Terraform');
    await user.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe('Azure CLI');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.textContent).toBe('Terraform');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[2]?.id);
  });

  it('follows the plan as it changes', () => {
    renderPanel();
    expect(code()).toContain('--max-pods 250');
    act(() => usePlanStore.getState().loadPlan(scenario('kubenet').plan));
    expect(code()).toContain('--network-plugin kubenet');
  });

  it('copies the shown code to the clipboard and says so in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const user = renderPanel();
    stubClipboard(writeText);
    await user.click(screen.getByRole('tab', { name: 'Terraform' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(exportText(terraformConfig(evaluate(plan))));
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Copied the Terraform code.');
  });

  it('selects the code for a manual copy when the clipboard is not available', async () => {
    const user = renderPanel();
    stubClipboard(() => Promise.reject(new Error('denied')));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(/selected: press Ctrl\+C/);
    expect(window.getSelection()?.toString()).toBe(exportText(azCliCommands(evaluate(plan))));
  });

  it('downloads the shown code', async () => {
    const user = renderPanel();
    const blobs: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      value: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:code';
      },
      configurable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('tab', { name: 'Bicep' }));
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(names).toEqual(['payments-platform-west-europe.bicep']);
    expect(await blobs[0]?.text()).toBe(exportText(bicepTemplate(evaluate(plan))));
  });

  it('warns when the plan has errors', () => {
    usePlanStore.getState().loadPlan(scenario('overlapping-peering').plan);
    renderPanel();
    expect(screen.getByText(/The plan has 1 error \(see Findings\)/)).toBeTruthy();
  });

  it('shows the exporter refusal in words, and no code, when the plan has a value not in its list', async () => {
    const hostile = { ...plan, cluster: { ...plan.cluster, networkPolicy: 'calico\ntouch pwned\n#' } };
    act(() => usePlanStore.getState().loadPlan(hostile as typeof plan));
    const user = renderPanel();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('No Azure CLI code: the plan cannot be exported as it stands.');
    expect(alert.textContent).toContain(
      'cluster.networkPolicy is "calico\\ntouch pwned\\n#", which is not one of none, azure, calico, cilium',
    );
    expect(alert.querySelector('[data-finding-code="EXPORT_VALUE_NOT_IN_LIST"]')).not.toBeNull();
    expect(screen.getByRole('tabpanel').querySelector('pre')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Terraform' }));
    expect(screen.getByRole('alert').textContent).toContain('No Terraform code');
  });

  it('writes lookups instead of a new VNet when the user says the VNet exists', async () => {
    const user = renderPanel();
    const box = screen.getByRole('checkbox', { name: /The VNet exists already/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(code()).toContain('az network vnet create');
    await user.click(box);
    expect(code()).not.toContain('az network vnet create');
    expect(code()).toBe(exportText(azCliCommands(evaluate(plan), { existingVnet: true })));
  });
});
