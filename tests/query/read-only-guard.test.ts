import { describe, expect, it } from 'vitest';
import { findForbiddenConstruct, whyNotReadOnly } from '../../src/query/read-only-guard.ts';

describe('findForbiddenConstruct', () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['load csv with headers from $url as r return r'],
    ['USE system SHOW USERS'],
    ['MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } IN CONCURRENT TRANSACTIONS'],
    ['CALL dbms.setConfigValue("a", "b")'],
    ['CALL db.clearQueryCaches()'],
    ['CALL apoc.create.node(["X"], {})'],
    ["CALL apoc.load.json('http://x') YIELD value RETURN value"],
    ['RETURN apoc.cypher.runFirstColumnSingle("CREATE (x) RETURN x", {})'],
    ['CREATE USER bob SET PASSWORD "x"'],
    ['DROP DATABASE neo4j'],
    ['GRANT ROLE admin TO bob'],
    ['SHOW USERS'],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"'],
    ["CALL `apoc`.`load`.json('file:///etc/passwd')"],
    ["RETURN `apoc` . load . json('http://x')"],
    ['CALL `db`.createLabel("X")'],
  ])('refuses %s', (query) => {
    expect(findForbiddenConstruct(query)).toBeTypeOf('string');
  });

  it.each([
    ['MATCH (e:Entity) RETURN count(e) AS c'],
    ['MATCH (n {name: \'LOAD CSV\'}) WHERE n.note = "USE system" RETURN n'],
    ['// LOAD CSV in a comment\nMATCH (n) /* USE x */ RETURN n.use, {use: 1}, $use'],
    ['MATCH (`USE`:Entity) RETURN `USE`'],
    ['CALL db.labels() YIELD label RETURN label'],
    ['CALL db.schema.visualization()'],
    ['RETURN apoc.text.join(["a", "b"], ",")'],
    ['MATCH (db:Entity) RETURN db.name'],
    ['SHOW INDEXES'],
    ['MATCH (p:Person)-[:NEGOTIATES]-(q) WHERE p.name STARTS WITH "Ро" RETURN p, q'],
  ])('allows %s', (query) => {
    expect(findForbiddenConstruct(query)).toBeUndefined();
  });
});

describe('whyNotReadOnly', () => {
  it('passes only the read query type', () => {
    expect(whyNotReadOnly('r')).toBeUndefined();
    for (const type of ['rw', 'w', 's', undefined]) expect(whyNotReadOnly(type)).toContain(`"${type ?? 'unknown'}"`);
  });
});
