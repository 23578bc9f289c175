/** The integrity mark of share links (issue 13): a cut link says so and shows what was recovered. */
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, encodeShareLink } from './plan-codec.ts';
import { checkMark, markedLength, markQuery, splitMark } from './link-mark.ts';
import { scenario } from '../../testing/scenarios.ts';

const codes = (query: string): string[] => decodePlan(query).findings.map((f) => f.code);

describe('encodeShareLink: a share link with its integrity mark last', () => {
  it('is v=1.1, the plan, and len= the characters before the mark (the doc example)', () => {
    const link = encodeShareLink({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] });
    expect(link).toBe('v=1.1&pool=system~count:3&len=25');
    expect('v=1.1&pool=system~count:3'.length).toBe(25);
  });

  it('opens as exactly the plan, with no findings, for every worked scenario', () => {
    for (const id of ['small-dev', 'production-autoscale', 'dual-stack', 'kubenet'] as const) {
      const plan = scenario(id).plan;
      const decoded = decodePlan(encodeShareLink(plan));
      expect(decoded.plan).toEqual(plan);
      expect(decoded.findings).toEqual([]);
      expect(decoded.version).toBe(1.1);
    }
  });

  it('every cut of a template link says so (the 357 silent changes of the issue are caught)', () => {
    const link = encodeShareLink(scenario('production-autoscale').plan);
    // A cut inside `v=1.1` itself leaves no plan at all to mistake for this one.
    for (let end = 'v=1.1'.length; end < link.length; end++) {
      expect(codes(link.slice(0, end)), `cut at ${end}: ${link.slice(end - 20, end)}`).toContain(
        'SHARE_LINK_CUT',
      );
    }
  });

  it('a cut after max:2 (of max:20) names what was recovered and the parameter that may be short', () => {
    const link = encodeShareLink(scenario('production-autoscale').plan);
    const at = link.indexOf('max:2') + 'max:2'.length;
    const cut = decodePlan(link.slice(0, at)).findings.find((f) => f.code === 'SHARE_LINK_CUT');
    expect(cut?.severity).toBe('error');
    expect(cut?.message).toMatch(/was cut/);
    expect(cut?.message).toMatch(/\d+ node pools?/);
    expect(cut?.message).toContain('max:2');
  });

  it('survives what mail and chat tools do: over-escaping, line breaks, a leading ?', () => {
    const link = encodeShareLink(scenario('dual-stack').plan);
    const escaped = link.replace(/\//g, '%2F').replace(/ /g, '%20');
    expect(codes(escaped)).toEqual([]);
    expect(codes(`?${link.slice(0, 40)}\r\n${link.slice(40)}`)).toEqual([]);
  });

  it('a link edited by hand to be longer is read, with a warning', () => {
    const link = encodeShareLink({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] });
    const edited = link.replace('count:3', 'count:30');
    const found = decodePlan(edited).findings;
    expect(found.map((f) => [f.code, f.severity])).toEqual([['SHARE_LINK_CHANGED', 'warning']]);
    expect(decodePlan(edited).plan.nodePools[0]?.count).toBe(30);
  });

  it('an old link (v=1, no mark) loads exactly as before, with no integrity finding', () => {
    const old = encodePlan(scenario('small-dev').plan);
    expect(old.startsWith('v=1&')).toBe(true);
    expect(decodePlan(old).findings).toEqual([]);
    expect(codes(old.slice(0, 30))).not.toContain('SHARE_LINK_CUT');
  });
});

describe('link-mark doc examples', () => {
  it('markQuery, markedLength, splitMark, checkMark', () => {
    expect(markQuery('v=1&pool=system~count:3')).toBe('v=1.1&pool=system~count:3&len=25');
    expect(markedLength('v=1.1&space=10.0.0.0%2F16')).toBe(23);
    expect(splitMark('v=1.1&k8s=1.33&len=14')).toEqual({ body: 'v=1.1&k8s=1.33', mark: '14' });
    const arrived = { pools: 0, subnets: 0, networks: 0, lastParam: 'k8s=1.3' };
    expect(checkMark(1.1, 'v=1.1&k8s=1.3', '14', arrived)[0]?.code).toBe('SHARE_LINK_CUT');
    expect(checkMark(1, 'v=1&k8s=1.3', null, arrived)).toEqual([]);
  });
});
