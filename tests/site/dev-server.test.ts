/**
 * `astro dev` on a copy of the fixture site takes any change without a restart: a new article, party and
 * claim are pages on the next request; a content error turns every page into the list of problems in the
 * checker's words; fixing the file brings the pages back; a removed article is gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from './free-port.ts';
import { withoutVitest } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
let work: string;
let content: string;
let server: ChildProcess;
let origin: string;
let log = '';

async function get(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${origin}${pathname}`);
  return { status: response.status, html: await response.text() };
}

/** Asks for `pathname` until `done` holds (the watcher sees a save within a moment, not at once). */
async function until(pathname: string, done: (page: { status: number; html: string }) => boolean) {
  let page = await get(pathname);
  for (let tries = 0; !done(page) && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    page = await get(pathname);
  }
  return page;
}

const write = (file: string, text: string) => writeFileSync(path.join(content, file), text);

const ARTICLE = `---
title: Port Union threatens a strike
dek: The union says the berths deal would cost jobs.
kind: report
published: 2025-06-12
byline: [Ana Example]
claims:
  - id: union-jobs-claim
    claimant: port-union
    statement: The berths deal would cost 200 jobs.
    date: 2025-06-11
    sources: [council-statement]
    attribution: official-statement
    assessment:
      - date: 2025-06-12
        status: unverified
        rationale: Not yet checked.
---

The union said :claim[the deal would cost jobs]{#union-jobs-claim}.
`;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'claimdesk-dev-'));
  content = path.join(work, 'content');
  cpSync(path.join(root, 'tests/fixtures/site/content'), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(path.join(root, 'node_modules/.bin/astro'), ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    env: { ...withoutVitest(process.env), CLAIMDESK_CONTENT: content, CLAIMDESK_CACHE: path.join(work, 'cache'), NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let tries = 0; tries < 600; tries++) {
    if (server.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    try {
      if ((await get('/')).status === 200) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro dev did not answer:\n${log}`);
});

afterAll(() => {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('astro dev', () => {
  test('serves a new article, party and claim on the next request, without a restart', async () => {
    expect((await get('/articles/union-strike/')).status).toBe(404);
    write('parties/port-union.yaml', "name: Port Union\nkind: organisation\ndescription: Dockworkers' union (fictional, for tests).\n");
    write('articles/union-strike.md', ARTICLE);
    const article = await until('/articles/union-strike/', (page) => page.status === 200);
    expect(article.status).toBe(200);
    expect(article.html).toContain('Port Union threatens a strike');
    expect((await get('/parties/port-union/')).status).toBe(200);
    const claim = await get('/claims/union-jobs-claim/');
    expect(claim.status).toBe(200);
    expect(claim.html).toContain('The berths deal would cost 200 jobs.');
  });

  test('shows the problems with file:line:column on every page while the content has an error, and recovers when it is fixed', async () => {
    write('articles/union-strike.md', ARTICLE.replace('kind: report', 'kind: nonsense'));
    const broken = await until('/claims/', (page) => page.status === 500);
    expect(broken.status).toBe(500);
    expect(broken.html).toContain('The content has 1 error');
    expect(broken.html).toMatch(/union-strike\.md:4:1 error kind: &#34;nonsense&#34; is not one of `report`/);
    expect((await get('/parties/port-union/')).html).toContain('The content has 1 error');

    write('articles/union-strike.md', ARTICLE);
    const fixed = await until('/claims/', (page) => page.status === 200);
    expect(fixed.status).toBe(200);
    expect(fixed.html).toContain('The berths deal would cost 200 jobs.');
  });

  test('drops a removed article and its claims on the next request', async () => {
    rmSync(path.join(content, 'articles/union-strike.md'));
    expect((await until('/articles/union-strike/', (page) => page.status === 404)).status).toBe(404);
    expect((await get('/claims/union-jobs-claim/')).status).toBe(404);
    expect(readFileSync(path.join(content, 'articles/harbour-deal.md'), 'utf8')).toContain('---');
  });
});
