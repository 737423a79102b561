/**
 * The batch size when `ingest` is given none: pre-extracted input is only written, so it goes in
 * larger transactions than input that is extracted while the previous batch is written.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_SIZE, DEFAULT_EXTRACTED_BATCH_SIZE, defaultBatchSize } from '../../src/ingest/index.ts';

describe('defaultBatchSize', () => {
  it('is larger for pre-extracted input', () => {
    expect(defaultBatchSize(false)).toBe(DEFAULT_BATCH_SIZE);
    expect(defaultBatchSize(true)).toBe(DEFAULT_EXTRACTED_BATCH_SIZE);
    expect(DEFAULT_EXTRACTED_BATCH_SIZE).toBeGreaterThan(DEFAULT_BATCH_SIZE);
  });
});
