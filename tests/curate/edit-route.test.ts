/**
 * `POST /api/curation` against the real test Neo4j: refused when edits are off, without
 * the per-run token, or from another site's page; with the token, the decision is
 * appended to the log and applied to the store.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCurationService, EDIT_TOKEN_HEADER } from '../../src/server/curation-route.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { runRead, runWrite, type Store } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const tok = testToken();
const E = `enterprise:t-${tok}-maz`;

let store: Store;
let dir: string;
let log: string;
let editable: RunningServer;
let readOnly: RunningServer;
let token: string;

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(new URL('/api/curation', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const rename = { op: 'rename', entity: E, name: `МАЗ ${tok}`, reason: 'short name', author: 'viewer-user' };

async function nameOf(): Promise<unknown> {
  const [row] = await runRead(store, { cypher: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name', params: { id: E } });
  return row?.name;
}

beforeAll(async () => {
  store = await openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-edit-route-'));
  log = join(dir, 'curation.jsonl');
  await runWrite(store, {
    cypher: "CREATE (:Entity:Enterprise {id: $id, type: 'Enterprise', name: $name, aliases: []})",
    params: { id: E, name: `Минский автозавод ${tok}` },
  });
  const curation = createCurationService(store, log);
  token = curation.token;
  const data = createStoreDataSource(store);
  editable = await startServer({ port: 0, routes: API_ROUTES, services: { data, curation } });
  readOnly = await startServer({ port: 0, routes: API_ROUTES, services: { data } });
}, 60_000);

afterAll(async () => {
  await editable?.close();
  await readOnly?.close();
  await deleteTestData(store, tok);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/curation', () => {
  it('is refused when the server was started without --allow-edits', async () => {
    expect((await post(readOnly, rename, { [EDIT_TOKEN_HEADER]: token })).status).toBe(403);
  });

  it('is refused without the token, with a wrong one, and from another origin', async () => {
    expect((await post(editable, rename)).status).toBe(401);
    expect((await post(editable, rename, { [EDIT_TOKEN_HEADER]: `${token}x` })).status).toBe(401);
    const foreign = await post(editable, rename, { [EDIT_TOKEN_HEADER]: token, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await nameOf()).toBe(`Минский автозавод ${tok}`);
  });

  it('records and applies a decision sent with the token', async () => {
    const answer = await post(editable, rename, { [EDIT_TOKEN_HEADER]: token });
    expect(answer.status).toBe(200);
    expect(await nameOf()).toBe(`МАЗ ${tok}`);
    const [line] = readFileSync(log, 'utf8').trim().split('\n');
    expect(JSON.parse(line ?? '{}')).toMatchObject({ op: 'rename', author: 'viewer-user', id: answer.body.id });
  });

  it('rejects an invalid decision with 400 and an undo of an unknown id with 409', async () => {
    expect(
      (await post(editable, { op: 'retype', entity: E, type: 'Planet' }, { [EDIT_TOKEN_HEADER]: token })).status,
    ).toBe(400);
    expect((await post(editable, { op: 'undo', target: 'c-unknown' }, { [EDIT_TOKEN_HEADER]: token })).status).toBe(
      409,
    );
  });
});
