/**
 * `POST /api/curation`: the viewer's "merge into…", "reject this fact", "confirm" and
 * "add relation" write through the same code path as the CLI (append to the curation log,
 * apply it). Edits are off unless `coopgraph serve --allow-edits`; then every request must
 * carry the per-run token (`X-Coopgraph-Token`, printed at start), and the server's origin
 * check already refuses pages of other sites, so a page in another tab cannot edit.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { CurationError } from '../curate/index.ts';
import { extract } from '../extract/extract.ts';
import { applyCuration, reingestStored } from '../ingest/apply-curation.ts';
import { type IngestContext, ingest } from '../ingest/index.ts';
import { appendCurationDecision } from '../io/curation-file.ts';
import { loadExtractionResources } from '../io/extraction-resources.ts';
import { loadReference } from '../io/reference.ts';
import { knownFromReference } from '../resolve/index.ts';
import {
  AddRelationDecisionSchema,
  ConfirmDecisionSchema,
  type CurationDecision,
  MergeDecisionSchema,
  RejectDecisionSchema,
  RenameDecisionSchema,
  RetypeDecisionSchema,
  SplitDecisionSchema,
  UndoDecisionSchema,
} from '../schema/curation.ts';
import type { Store } from '../store/index.ts';
import { HttpError } from './http-error.ts';
import type { CurationService, RouteDefinition } from './route.ts';

/** The header that carries the per-run edit token. */
export const EDIT_TOKEN_HEADER = 'x-coopgraph-token';

const stamp = { id: true, author: true, at: true } as const;

/** A decision as a client sends it: the server stamps id and time; the author is optional. */
export const CurationRequestSchema = z.discriminatedUnion('op', [
  MergeDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  SplitDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  RenameDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  RetypeDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  RejectDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  ConfirmDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  AddRelationDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  UndoDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
]);

/**
 * A curation service writing to the log at `path` and applying it to the store (an undone
 * merge re-extracts its articles with the extractor, loaded on first need); a fresh random token.
 */
export function createCurationService(store: Store, path: string): CurationService {
  let resources: ReturnType<typeof loadExtractionResources> | undefined;
  const rederive = reingestStored(
    (): IngestContext => ({
      store,
      extract: async (article) => {
        resources ??= loadExtractionResources();
        return extract(article, await resources);
      },
      reference: knownFromReference(loadReference()),
      curationLog: path,
    }),
    ingest,
  );
  const recordNow = async (decision: CurationDecision) => {
    try {
      const log = appendCurationDecision(path, decision);
      const applied = await applyCuration(store, log, rederive);
      return { id: decision.id, waiting: applied.waiting };
    } catch (error) {
      if (error instanceof CurationError) throw new HttpError(409, error.message);
      throw error;
    }
  };
  // One decision at a time: two tabs editing at once must not apply the log over each other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    token: randomBytes(18).toString('base64url'),
    record(decision) {
      const run = queue.then(() => recordNow(decision));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** Refuses (401) a request without the run's token; constant-time comparison. */
export function checkEditToken(headers: IncomingHttpHeaders, token: string): void {
  const sent = headers[EDIT_TOKEN_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new HttpError(401, `edits need the token printed when the server started, sent as ${EDIT_TOKEN_HEADER}`);
  }
}

export const curationRoute: RouteDefinition = {
  method: 'POST',
  path: '/api/curation',
  async handle({ body, headers, services }) {
    const curation = services.curation;
    if (!curation) throw new HttpError(403, 'edits are off on this server; start it with --allow-edits');
    checkEditToken(headers ?? {}, curation.token);
    const request = CurationRequestSchema.parse(body ?? {});
    const decision = {
      ...request,
      id: `c-${randomBytes(4).toString('hex')}`,
      author: request.author ?? 'viewer',
      at: new Date().toISOString(),
    } as CurationDecision;
    return curation.record(decision);
  },
};

/**
 * `GET /api/curation/session`: whether edits are on and, if so, the token, for the viewer
 * this server serves. A page of another site cannot read it: the server answers only local
 * host names (no DNS rebinding), refuses a foreign `Origin`, grants no CORS, and here also
 * refuses a request the browser marks as cross-site (`Sec-Fetch-Site`).
 */
export const curationSessionRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/curation/session',
  async handle({ headers, services }) {
    const site = headers?.['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new HttpError(403, 'the edit session is only given to pages this server serves');
    }
    const curation = services.curation;
    return curation ? { edits: true, token: curation.token } : { edits: false };
  },
};
