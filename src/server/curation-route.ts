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
import { appendCurationDecision } from '../io/curation-file.ts';
import {
  AddRelationDecisionSchema,
  ConfirmDecisionSchema,
  type CurationDecision,
  MergeDecisionSchema,
  RejectDecisionSchema,
  RenameDecisionSchema,
  RetypeDecisionSchema,
  UndoDecisionSchema,
} from '../schema/curation.ts';
import { applyCurationLog } from '../store/curation.ts';
import type { Store } from '../store/index.ts';
import { HttpError } from './http-error.ts';
import type { RouteDefinition } from './route.ts';

/** The header that carries the per-run edit token. */
export const EDIT_TOKEN_HEADER = 'x-coopgraph-token';

const stamp = { id: true, author: true, at: true } as const;

/** A decision as a client sends it: the server stamps id and time; the author is optional. */
export const CurationRequestSchema = z.discriminatedUnion('op', [
  MergeDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  RenameDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  RetypeDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  RejectDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  ConfirmDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  AddRelationDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
  UndoDecisionSchema.omit(stamp).extend({ author: z.string().trim().min(1).optional() }),
]);

/** What `--allow-edits` gives the server: the token to check and how to record a decision. */
export interface CurationService {
  token: string;
  record(decision: CurationDecision): Promise<{ id: string; waiting: number }>;
}

/** A curation service writing to the log at `path` and applying it to the store; a fresh random token. */
export function createCurationService(store: Store, path: string): CurationService {
  return {
    token: randomBytes(18).toString('base64url'),
    async record(decision) {
      try {
        const log = appendCurationDecision(path, decision);
        const applied = await applyCurationLog(store, log);
        return { id: decision.id, waiting: applied.waiting };
      } catch (error) {
        if (error instanceof CurationError) throw new HttpError(409, error.message);
        throw error;
      }
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
