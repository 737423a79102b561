/**
 * Smoke test of `npm run bench`: a tiny run (--quick --tiny --json) on its own
 * embedded Neo4j and headless Chromium must print every key issue 7 asks for,
 * and issue 14's viewer on the store, with real measurements in them, and leave
 * no Neo4j running.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const NUMBER_KEYS = [
  'extract_articles_per_s',
  'extract_tokens_per_s',
  'extract_load_ms',
  'extract_peak_rss_mb',
  'ingest_articles_per_s',
  'ingest_relations_per_s',
  'baseline_relations_per_s',
  'ingest_vs_baseline',
  'ingest_peak_rss_mb',
  'feed_pages_per_s',
  // Issue 12: `ingest --extracted` beside the baseline of the same records and the list baseline.
  'evidence_baseline_relations_per_s',
  'ingest_extracted_vs_baseline',
  'ingest_extracted_vs_list_baseline',
] as const;

const MAP_KEYS = [
  'query_p50_ms',
  'query_p95_ms',
  'viewer_interactive_ms',
  'baseline_interactive_ms',
  'viewer_pan_fps',
  'baseline_pan_fps',
] as const;

/** Issue 14: the viewer on the largest store of the same run (real server, Chromium). */
const STORE_VIEWER_KEYS = [
  'store_viewer_articles',
  'first_view_nodes',
  'first_view_edges',
  'first_view_bytes',
  'first_view_gzip_bytes',
  'first_view_bytes_per_node',
  'first_view_bytes_per_edge',
  'first_view_server_ms',
  'whole_graph_bytes',
  'whole_graph_gzip_bytes',
  'whole_graph_server_ms',
  'store_viewer_interactive_ms',
  'store_sigma_interactive_ms',
  'store_viewer_vs_sigma',
  'store_viewer_served_interactive_ms',
  'expand_neighbours',
  'expand_server_ms',
  'expand_ms',
] as const;

const QUERIES = ['neighbours', 'region_partners', 'shortest_path', 'trade_by_year', 'fulltext_search'];

describe('npm run bench -- --quick --tiny --json', () => {
  it('prints a table and then one JSON object with every benchmark key', { timeout: 900_000 }, () => {
    const { NEO4J_URI: _uri, ...env } = process.env;
    const run = spawnSync(process.execPath, ['bin/run-ts.js', 'scripts/bench.ts', '--quick', '--tiny', '--json'], {
      env,
      encoding: 'utf8',
      timeout: 880_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(run.stdout).toContain('targets:');
    const report = JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;

    for (const key of NUMBER_KEYS) {
      expect(report[key], key).toBeTypeOf('number');
      expect(report[key] as number, key).toBeGreaterThan(0);
    }
    for (const key of MAP_KEYS) {
      const values = Object.values(report[key] as Record<string, unknown>);
      expect(values.length, key).toBeGreaterThan(0);
      for (const value of values) expect(value, key).toBeTypeOf('number');
    }
    expect(Object.keys(report.query_p95_ms as object).sort()).toEqual([...QUERIES].sort());
    expect(report.store_viewer_note, 'the viewer-on-the-store step failed').toBeUndefined();
    for (const key of STORE_VIEWER_KEYS) {
      expect(report[key], key).toBeTypeOf('number');
      expect(report[key] as number, key).toBeGreaterThan(0);
    }
    // Tiny's largest store is 40 articles; the expand measures the click to its first frame.
    expect(report.store_viewer_articles).toBe(40);
    expect(report.expand_ms as number).toBeGreaterThanOrEqual(report.expand_fetch_ms as number);
    expect(report.scaling).toHaveLength(2);
    expect(report.scaling_time_growth).toMatch(/linear|unknown/);
    // An unchanged second pull of the feed costs one conditional request.
    expect(report.feed_unchanged_requests).toBe(1);
    expect(report.feed_failed).toBe(0);
  });
});

describe('npm run bench -- --help', () => {
  it('prints the options and measures nothing', () => {
    const run = spawnSync(process.execPath, ['bin/run-ts.js', 'scripts/bench.ts', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run bench/);
    for (const option of ['--quick', '--tiny', '--no-viewer', '--load-sizes', '--viewer-sizes', '--seed', '--json'])
      expect(run.stdout).toContain(option);
    expect(run.stderr).not.toMatch(/starting an embedded Neo4j/);
  });
});
