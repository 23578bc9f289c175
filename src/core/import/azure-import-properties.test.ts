import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import { importAzureJson } from './azure-import.ts';
import type { AzureImportInputs } from './import-types.ts';
import { AZURE_FIXTURES, azureFixture } from './fixtures/fixtures.ts';

type Path = (string | number)[];

/** Every path into a JSON value (objects' keys and lists' indexes), the root excluded. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      out.push([...prefix, i]);
      pathsOf(item, [...prefix, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

/** Replaces (or, with `undefined`, deletes) the value at the path. */
function mutate(root: unknown, path: Path, value: unknown): void {
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value === undefined ? null : value;
}

const FIXTURE_SETS: [string, Record<keyof AzureImportInputs, keyof typeof AZURE_FIXTURES | undefined>][] = [
  [
    'overlay',
    {
      vnetShow: 'vnetShowOverlaySpoke',
      aksShow: 'aksShowOverlayIpv4',
      nodepoolList: 'aksNodepoolListOverlay',
    },
  ],
  ['dual-stack', { vnetShow: 'vnetShowDualstack', aksShow: 'aksShowDualstack', nodepoolList: undefined }],
  [
    'kubenet',
    { vnetShow: undefined, aksShow: 'aksShowKubenet', nodepoolList: 'aksNodepoolListVirtualMachines' },
  ],
  [
    'pod subnet',
    { vnetShow: 'vnetShowPodsubnet', aksShow: 'aksShowAzureCniPodsubnet', nodepoolList: undefined },
  ],
];

const inputArbitrary = fc.oneof(fc.jsonValue(), fc.string(), fc.json(), fc.constant(undefined));

/** What must hold for any import: a plan parsePlanDocument accepts unchanged, and evaluatePlan runs on it. */
function expectSound(inputs: AzureImportInputs): void {
  const result = importAzureJson(inputs);
  expect(parsePlanDocument(result.plan).plan).toStrictEqual(result.plan);
  expect(() => evaluatePlan(result.plan)).not.toThrow();
  for (const f of result.findings) {
    expect(f.message).not.toBe('');
    expect(['error', 'warning', 'info']).toContain(f.severity);
  }
  expect(result.findings.some((f) => f.code === 'AZURE_IMPORT_FAILED')).toBe(false);
}

describe('importAzureJson never throws', () => {
  it('on any JSON value or text in any box', () => {
    fc.assert(
      fc.property(inputArbitrary, inputArbitrary, inputArbitrary, (vnetShow, aksShow, nodepoolList) => {
        expectSound({ vnetShow, aksShow, nodepoolList });
      }),
      { numRuns: 300 },
    );
  });

  it('on garbage that looks like az output (the three shapes with random values)', () => {
    const shaped = fc.oneof(
      fc.record(
        {
          type: fc.constant('Microsoft.Network/virtualNetworks'),
          subnets: fc.jsonValue(),
          addressSpace: fc.jsonValue(),
          virtualNetworkPeerings: fc.jsonValue(),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({
        agentPoolProfiles: fc.array(
          fc.dictionary(
            fc.constantFrom(
              'name',
              'count',
              'mode',
              'vnetSubnetId',
              'podSubnetId',
              'upgradeSettings',
              'type',
              'virtualMachinesProfile',
            ),
            fc.jsonValue(),
          ),
        ),
        networkProfile: fc.dictionary(
          fc.constantFrom(
            'networkPlugin',
            'networkPluginMode',
            'podCidr',
            'podCidrs',
            'ipFamilies',
            'outboundType',
          ),
          fc.jsonValue(),
        ),
        apiServerAccessProfile: fc.jsonValue(),
        sku: fc.jsonValue(),
      }),
      fc.array(fc.record({ vmSize: fc.jsonValue(), name: fc.jsonValue(), properties: fc.jsonValue() })),
    );
    fc.assert(
      fc.property(shaped, shaped, shaped, (vnetShow, aksShow, nodepoolList) => {
        expectSound({ vnetShow, aksShow, nodepoolList });
      }),
      { numRuns: 300 },
    );
  });

  it.each(FIXTURE_SETS)('on the %s fixtures with random fields replaced or deleted', (_name, set) => {
    const boxes = Object.entries(set).filter(
      (e): e is [keyof AzureImportInputs, keyof typeof AZURE_FIXTURES] => e[1] !== undefined,
    );
    const paths = Object.fromEntries(boxes.map(([box, fixture]) => [box, pathsOf(azureFixture(fixture))]));
    const mutation = fc.record({
      box: fc.constantFrom(...boxes.map(([box]) => box)),
      at: fc.nat(),
      value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const inputs = Object.fromEntries(
          boxes.map(([box, fixture]) => [box, azureFixture(fixture)]),
        ) as Record<string, unknown>;
        for (const { box, at, value } of mutations) {
          const candidates = paths[box] ?? [];
          const path = candidates[at % candidates.length];
          if (path !== undefined) {
            try {
              mutate(inputs[box], path, value);
            } catch {
              // an earlier mutation removed the path's parent
            }
          }
        }
        expectSound(inputs);
      }),
      { numRuns: 200 },
    );
  });
});
