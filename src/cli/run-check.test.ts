import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-check.ts';
import { scenario } from '../testing/scenarios.ts';

function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const code = runCli(args, {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe('aks-plan check', () => {
  it('prints the figures and exits 0 for a valid plan', () => {
    const { code, out } = run(['check', 'dev.json'], {
      'dev.json': JSON.stringify(scenario('small-dev').plan),
    });
    expect(code).toBe(0);
    expect(out).toContain('dev.json: valid');
    expect(out).toContain('Pod CIDR 10.244.0.0/16 (IPv4): 256 node blocks of /24, max 256 nodes');
    expect(out).toContain('Subnet snet-dev 10.10.0.0/24 (nodes)');
    expect(out).toContain('251 usable');
  });

  it('exits 1 and lists the finding with code and path when the plan has errors', () => {
    const { code, out } = run(['check', 'p.json'], {
      'p.json': JSON.stringify(scenario('overlapping-peering').plan),
    });
    expect(code).toBe(1);
    expect(out).toContain('ERROR OVERLAPS_CONNECTED_NETWORK at cluster.podCidrs[0]');
  });

  it('exits 1 on a document with wrong field types (they are errors too)', () => {
    const { code, out } = run(['check', 'p.json'], {
      'p.json': '{"schemaVersion":1,"nodePools":[{"maxPods":"many"}]}',
    });
    expect(code).toBe(1);
    expect(out).toContain('PLAN_WRONG_TYPE at nodePools[0].maxPods');
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['not an object', '[1,2]', 'must be a JSON object'],
  ])('exits 2 when the input is %s', (_what, text, message) => {
    const { code, err } = run(['check', 'x.json'], { 'x.json': text });
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('exits 2 on a missing file and on bad usage', () => {
    expect(run(['check', 'missing.json'], {}).code).toBe(2);
    expect(run(['lint', 'x.json'], {}).code).toBe(2);
    expect(run(['check'], {}).code).toBe(2);
    expect(run(['--help'], {}).code).toBe(0);
  });

  it('--json prints the report with bigints as strings', () => {
    const { out } = run(['check', 'a.json', '--json'], {
      'a.json': JSON.stringify(scenario('small-dev').plan),
    });
    const body = JSON.parse(out) as { valid: boolean; podRanges: { nodeBlocks: string }[] };
    expect(body.valid).toBe(true);
    expect(body.podRanges[0]?.nodeBlocks).toBe('256');
  });

  it('runs as a real process through bin/aks-plan.js with stdin and files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aks-plan-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(scenario('byo-cni-reserved').plan));
    const bad = spawnSync('node', ['bin/aks-plan.js', 'check', file], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('RESERVED_RANGE_OVERLAP');
    const ok = execFileSync('node', ['bin/aks-plan.js', 'check', '-'], {
      encoding: 'utf8',
      input: JSON.stringify(scenario('small-dev').plan),
    });
    expect(ok).toContain('-: valid');
    expect(spawnSync('node', ['bin/aks-plan.js', 'check', join(dir, 'nope.json')]).status).toBe(2);
  }, 30_000);
});

describe('aks-plan check reads plan files as the app does (issue 13)', () => {
  it('a file starting with a UTF-8 byte order mark is read, not refused with exit 2', () => {
    const { code, out } = run(['check', 'bom.json'], {
      'bom.json': `\uFEFF${JSON.stringify(scenario('small-dev').plan)}`,
    });
    expect(code).toBe(0);
    expect(out).toContain('bom.json: valid');
  });

  it('a key written twice is reported, and the last value is kept as JSON.parse does', () => {
    const { code, out } = run(['check', 'dup.json'], {
      'dup.json':
        '{"schemaVersion":1,"title":"a","title":"b","nodePools":[{"name":"system","count":3,"count":4}]}',
    });
    expect(code).toBe(0);
    expect(out).toContain('PLAN_DUPLICATE_KEY');
    expect(out).toContain('nodePools[0].count');
  });
});
