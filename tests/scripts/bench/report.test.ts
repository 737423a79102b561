/** The benchmark report: JSON keys, target verdicts (the viewer on the store's too) and the scaling judgement. */
import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  formatReport,
  type Measurements,
  type StoreViewerMeasurements,
  toJson,
} from '../../../scripts/bench/report.ts';
import { judgeGrowth } from '../../../scripts/bench/stats.ts';

const measurements: Measurements = {
  mode: 'quick',
  date: '2026-01-01T00:00:00.000Z',
  machine: '2 cores',
  extract: { articlesPerS: 300, tokensPerS: 20_000, loadMs: 900, peakRssMb: 300, articles: 500 },
  load: {
    articles: 500,
    ingestArticlesPerS: 20,
    ingestRelationsPerS: 80,
    baselineRelationsPerS: 100,
    evidenceBaselineRelationsPerS: 50,
    ingestPeakRssMb: 250,
    neo4jPeakRssMb: 500,
  },
  queries: { articles: 500, p50: { neighbours: 5 }, p95: { neighbours: 60 } },
  viewer: {
    interactive: { '1000': 2000, '10000': 1200 },
    baselineInteractive: { '1000': 1000, '10000': 1000 },
    panFps: { '1000': 5, '10000': 9 },
    baselinePanFps: { '1000': 10, '10000': 10 },
  },
  scaling: [
    { articles: 100, ingestMs: 10_000, relations: 400, peakRssMb: 200 },
    { articles: 500, ingestMs: 30_000, relations: 2000, peakRssMb: 250 },
  ],
};

describe('benchmark report', () => {
  it('puts the ratio of ingest to baseline and every map into the JSON', () => {
    const json = toJson(measurements);
    expect(json.ingest_vs_baseline).toBe(0.8);
    expect(json.query_p95_ms).toEqual({ neighbours: 60 });
    expect(json.viewer_interactive_ms).toEqual({ '1000': 2000, '10000': 1200 });
    expect(json.scaling_marginal_ms_per_article).toEqual([50]);
  });

  it('marks each target met or missed on the measured values', () => {
    const verdicts = Object.fromEntries(checkTargets(measurements).map((t) => [t.name.split(' (')[0], t.met]));
    expect(verdicts['extraction speed']).toBe(true);
    expect(verdicts['ingest vs plain-driver baseline']).toBe(true);
    expect(verdicts['query p95']).toBe(false);
    expect(verdicts['viewer at 10000 nodes: interactive / pan fps vs bare sigma']).toBe(true);
    // The issue sets the viewer target at 10,000 and 50,000 nodes; 1,000 is reported, not judged.
    expect(verdicts['viewer at 1000 nodes: interactive / pan fps vs bare sigma']).toBeNull();
    expect(formatReport(measurements).join('\n')).toContain('targets:');
  });
});

describe('ingest --extracted against the baselines', () => {
  const withScale: Measurements = {
    ...measurements,
    scale: {
      articles: 500,
      workers: [{ workers: 1, extractArticlesPerS: 100, ingestArticlesPerS: 80 }],
      extractedRelationsPerS: 40,
      batchWrite: { articles: 500, firstMs: 10, lastMs: 12, growth: 1.2 },
    },
  };

  it('judges it against the baseline that writes the same records, and reports the list baseline beside it', () => {
    const json = toJson(withScale);
    expect(json.ingest_extracted_vs_baseline).toBe(0.8);
    expect(json.ingest_extracted_vs_list_baseline).toBe(0.4);
    expect(json.evidence_baseline_relations_per_s).toBe(50);
    const target = checkTargets(withScale).find((t) => t.name.startsWith('ingest --extracted'));
    expect(target?.met).toBe(true);
    expect(target?.value).toBe('0.8 (0.4 vs the list baseline)');
  });
});

const payload = (nodes: number, edges: number, bytes: number) => ({
  nodes,
  edges,
  bytes,
  gzipBytes: bytes / 8,
  ms: 120,
  bytesPerNode: 150,
  bytesPerEdge: 180,
});

const measured: StoreViewerMeasurements = {
  firstView: payload(1000, 6000, 14 * 2 ** 20),
  whole: payload(20_000, 150_000, 40 * 2 ** 20),
  interactive: { viewerMs: 1800, sigmaMs: 1000, servedMs: 2500 },
  expand: { node: 'org:x', neighbours: 198, serverMs: 40, ms: 250, fetchMs: 60, addedNodes: 150 },
};

/** The verdicts of the three store-viewer targets, by the start of their names. */
function verdicts(m: Measurements): (boolean | null)[] {
  const names = ['/api/graph first view', 'viewer interactive on the store', 'expand of a node'];
  return names.map((name) => {
    const target = checkTargets(m).find((t) => t.name.startsWith(name));
    if (!target) throw new Error(`no target "${name}"`);
    return target.met;
  });
}

describe('benchmark report: the viewer on the store', () => {
  it('judges payload, interactive ratio and expand at 50,000 articles', () => {
    expect(verdicts({ ...measurements, storeViewer: { articles: 50_000, measured } })).toEqual([true, false, true]);
    const heavy = { ...measured, firstView: payload(1000, 6000, 16 * 2 ** 20) };
    expect(verdicts({ ...measurements, storeViewer: { articles: 50_000, measured: heavy } })[0]).toBe(false);
  });

  it('shows smaller stores without a verdict', () => {
    expect(verdicts({ ...measurements, storeViewer: { articles: 500, measured } })).toEqual([null, null, null]);
  });

  it('puts every figure into the JSON, and null where the browser part did not run', () => {
    const json = toJson({ ...measurements, storeViewer: { articles: 50_000, measured } });
    expect(json.first_view_bytes).toBe(14 * 2 ** 20);
    expect(json.first_view_bytes_per_edge).toBe(180);
    expect(json.whole_graph_nodes).toBe(20_000);
    expect(json.store_viewer_vs_sigma).toBe(1.8);
    expect(json.expand_ms).toBe(250);
    const noBrowser = { ...measured, interactive: null, expand: { ...measured.expand, ms: null } };
    const skipped = toJson({ ...measurements, storeViewer: { articles: 40, measured: noBrowser, note: 'skipped' } });
    expect(skipped.store_viewer_interactive_ms).toBeNull();
    expect(skipped.expand_ms).toBeNull();
    expect(skipped.first_view_bytes).toBe(14 * 2 ** 20);
    expect(skipped.store_viewer_note).toBe('skipped');
  });

  it('prints a table of the step and its note when it failed', () => {
    const text = formatReport({ ...measurements, storeViewer: { articles: 50_000, measured } }).join('\n');
    expect(text).toContain('viewer on the store of 50000 articles');
    expect(text).toContain('expand "org:x" (198 neighbours)');
    const failed = formatReport({ ...measurements, storeViewer: { articles: 50_000, note: 'not measured: boom' } });
    expect(failed.join('\n')).toContain('note: not measured: boom');
  });
});

describe('judgeGrowth', () => {
  it('sees through a fixed start-up cost when there are three sizes', () => {
    const points = [
      { size: 1000, cost: 40_000 },
      { size: 10_000, cost: 130_000 },
      { size: 50_000, cost: 530_000 },
    ];
    expect(judgeGrowth(points)).toBe('linear');
    expect(judgeGrowth([...points.slice(0, 2), { size: 50_000, cost: 2_000_000 }])).toBe('super-linear');
  });
});
