// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { draftToPlan } from '../../state/plan-draft.ts';
import { templateById } from '../../state/templates.ts';
import { scenario } from '../../testing/scenarios.ts';
import { PlanFileActions } from './plan-file-actions.tsx';
import { PlanFileDropZone } from './plan-file-drop-zone.tsx';
import { usePlanFileNotice } from './plan-file-import.ts';
import { planFileText } from './plan-file-format.ts';

function renderActions() {
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <PlanFileDropZone />
      <PlanFileActions />
    </EvaluationProvider>,
  );
  return user;
}

const currentPlan = () => draftToPlan(usePlanStore.getState().draft).plan;
const jsonFile = (text: string, name = 'plan.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
  usePlanFileNotice.getState().dismiss();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PlanFileActions: import', () => {
  it('has a file input named exactly "Import plan" that takes .json files', () => {
    renderActions();
    const input = screen.getByLabelText('Import plan');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toBe('.json,application/json');
  });

  it('loads a valid plan file into the store and says so', async () => {
    const user = renderActions();
    const plan = scenario('production-autoscale').plan;
    await user.upload(
      screen.getByLabelText('Import plan'),
      jsonFile(planFileText(plan), 'payments.plan.json'),
    );
    await waitFor(() => expect(currentPlan()).toEqual(plan));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Opened “payments.plan.json”.');
    expect(status.textContent).toContain('Every value in it was read.');
  });

  it('keeps the plan untouched and shows an alert when the file is not JSON', async () => {
    const user = renderActions();
    const before = usePlanStore.getState().draft;
    await user.upload(
      screen.getByLabelText('Import plan'),
      jsonFile('{ "schemaVersion": 1, "nodePools": [', 'broken.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not open “broken.json”.');
    expect(alert.textContent).toContain('not valid JSON');
    expect(alert.textContent).toContain('Your current plan is unchanged.');
    expect(usePlanStore.getState().draft).toBe(before);
  });

  it('keeps the plan when the JSON is some other document', async () => {
    const user = renderActions();
    const before = usePlanStore.getState().draft;
    await user.upload(
      screen.getByLabelText('Import plan'),
      jsonFile('{"name":"pkg","version":"1.0.0"}', 'package.json'),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('neither schemaVersion nor nodePools');
    expect(usePlanStore.getState().draft).toBe(before);
  });

  it('lists the values it left out, with their paths, and can undo the import', async () => {
    const user = renderActions();
    const before = currentPlan();
    const text = JSON.stringify({
      schemaVersion: 1,
      title: 'Imported',
      cluster: { tier: 'Gold' },
      nodePools: [{ name: 'system', count: 3, maxPods: 'thirty' }],
    });
    await user.upload(screen.getByLabelText('Import plan'), jsonFile(text));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('2 values were left out or ignored:');
    const items = within(status)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('code')?.textContent);
    expect(items).toEqual(['cluster.tier', 'nodePools[0].maxPods']);
    expect(currentPlan()).toEqual({
      schemaVersion: 1,
      title: 'Imported',
      nodePools: [{ name: 'system', count: 3 }],
    });

    await user.click(within(status).getByRole('button', { name: 'Undo: put back the previous plan' }));
    expect(currentPlan()).toEqual(before);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('PlanFileActions: export', () => {
  it('downloads the plan as <title>.plan.json through an object URL, $schema first', async () => {
    const user = renderActions();
    usePlanStore.getState().loadPlan(scenario('dual-stack').plan);
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:plan';
    });
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    await user.click(screen.getByRole('button', { name: 'Export plan (JSON)' }));

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('web-north-europe-dual-stack.plan.json');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:plan');
    const text = await blobs[0]?.text();
    const document = JSON.parse(text ?? '') as Record<string, unknown>;
    expect(Object.keys(document)[0]).toBe('$schema');
    expect(String(document['$schema'])).toMatch(/plan\.schema\.json$/);
    const { $schema: _schema, ...plan } = document;
    expect(plan).toEqual(scenario('dual-stack').plan);
    expect(text?.endsWith('}\n')).toBe(true);
  });
});

describe('PlanFileDropZone', () => {
  function dragEvent(type: string, files: File[]): Event {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', {
      value: { types: ['Files'], files, dropEffect: 'none' },
    });
    return event;
  }

  it('shows an overlay while a file is dragged over the page and imports the dropped file', async () => {
    renderActions();
    const plan = scenario('kubenet').plan;
    const file = jsonFile(planFileText(plan), 'kubenet.plan.json');
    expect(screen.queryByText('Drop a plan file to open it')).toBeNull();

    act(() => {
      document.body.dispatchEvent(dragEvent('dragenter', [file]));
    });
    expect(screen.getByText('Drop a plan file to open it')).toBeTruthy();
    const over = dragEvent('dragover', [file]);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);

    const drop = dragEvent('drop', [file]);
    act(() => {
      document.body.dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop a plan file to open it')).toBeNull();
    await waitFor(() => expect(currentPlan()).toEqual(plan));
    expect(screen.getByRole('status').textContent).toContain('Opened “kubenet.plan.json”.');
  });

  it('hides the overlay when the drag leaves the page, and refuses a file that is not JSON', async () => {
    renderActions();
    const before = usePlanStore.getState().draft;
    const text = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    act(() => {
      document.body.dispatchEvent(dragEvent('dragenter', [text]));
    });
    act(() => {
      document.body.dispatchEvent(dragEvent('dragleave', [text]));
    });
    expect(screen.queryByText('Drop a plan file to open it')).toBeNull();
    act(() => {
      document.body.dispatchEvent(dragEvent('drop', [text]));
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Only plan files (.json)');
    expect(usePlanStore.getState().draft).toBe(before);
  });

  it('ignores drags that carry no files (text selections)', () => {
    renderActions();
    const event = new Event('dragenter', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => {
      document.body.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(false);
    expect(screen.queryByText('Drop a plan file to open it')).toBeNull();
  });
});

describe('PlanFileActions: a wrongly typed required field (issue 13)', () => {
  it('opens the plan and names the field, with no uncaught TypeError', async () => {
    const user = renderActions();
    const text = JSON.stringify({
      schemaVersion: 1,
      vnet: { addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'snet-a', addressPrefixes: '10.0.0.0/24' }] },
      nodePools: [{ name: 'system' }],
    });
    await user.upload(screen.getByLabelText('Import plan'), jsonFile(text, 'typed.json'));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('vnet.subnets[0].addressPrefixes'));
    expect(currentPlan().vnet?.subnets?.[0]).toEqual({ name: 'snet-a', addressPrefixes: [] });
  });
});
