import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { pageFile, writePages } from '../../src/build/page-writer.ts';

type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
const route = (type: string, name = '/claims/[id]') => ({ routeData: { type, route: name } }) as unknown as RenderOptions;

describe('pageFile', () => {
  test('puts a page at <path>/index.html under the output folder, as Astro does with format "directory"', () => {
    expect(pageFile('/out', '/', 'https://x.example/claims/c-1/')).toBe('/out/claims/c-1/index.html');
    expect(pageFile('/out', '/', 'https://x.example/')).toBe('/out/index.html');
    expect(pageFile('/out', '/', 'https://x.example/claims/page/2/')).toBe('/out/claims/page/2/index.html');
  });

  test('drops the base of a preview, with or without its last slash', () => {
    expect(pageFile('/out', '/pr-12/', 'https://x.example/pr-12/parties/hamas/')).toBe('/out/parties/hamas/index.html');
    expect(pageFile('/out', '/pr-12', 'https://x.example/pr-12/parties/hamas/')).toBe('/out/parties/hamas/index.html');
    expect(pageFile('/out', '/pr-12/', 'https://x.example/pr-12/')).toBe('/out/index.html');
  });

  test('decodes the path, and leaves to Astro a URL outside the base or one that would climb out of the folder', () => {
    expect(pageFile('/out', '/', 'https://x.example/sources/caf%C3%A9/')).toBe('/out/sources/café/index.html');
    expect(pageFile('/out', '/pr-12/', 'https://x.example/other/page/')).toBeUndefined();
    expect(pageFile('/out', '/', 'https://x.example/a%2Fb/')).toBeUndefined();
    expect(pageFile('/out', '/', 'https://x.example/a%2F..%2F..%2Fetc/')).toBeUndefined();
  });
});

describe('writePages', () => {
  let out = '';
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  const prerenderer = (response: () => Response): AstroPrerenderer => ({ name: 'default', getStaticPaths: async () => [], render: async () => response() });

  test('writes a page itself, the same bytes, and gives Astro a response without a body to write', async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'page-writer-'));
    const html = '<!DOCTYPE html><p>Claim by Hamas — “promised”</p>';
    const writer = writePages(prerenderer(() => new Response(new TextEncoder().encode(html), { status: 200, headers: { 'content-type': 'text/html' } })), { outDir: out, base: '/', format: 'directory' });
    const result = await writer.render(new Request('https://x.example/claims/c-1/'), route('page'));
    const response = result instanceof Response ? result : result.response;
    expect(response.body).toBeNull();
    expect(response.status).toBe(200);
    expect(readFileSync(path.join(out, 'claims/c-1/index.html'), 'utf8')).toBe(html);
  });

  test("leaves the writing to Astro with a build format other than 'directory'", () => {
    const given = prerenderer(() => new Response('<p>x</p>'));
    const writer = writePages(given, { outDir: '/out', base: '/', format: 'file' });
    expect(writer.render).toBe(given.render);
    expect(() => writer.verifyUnwritten()).not.toThrow();
  });

  test('verifies that the first page it wrote is as written, and throws, naming the file and the cause, when Astro wrote it too', async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'page-writer-'));
    const writer = writePages(prerenderer(() => new Response('<p>Claim</p>', { status: 200 })), { outDir: out, base: '/', format: 'directory' });
    await writer.render(new Request('https://x.example/claims/c-1/'), route('page'));
    await writer.render(new Request('https://x.example/claims/c-2/'), route('page'));
    expect(() => writer.verifyUnwritten()).not.toThrow();
    // What Astro would do if it wrote the empty response it was handed: an empty file over the page.
    writeFileSync(path.join(out, 'claims/c-1/index.html'), '');
    expect(() => writer.verifyUnwritten()).toThrow(
      `${path.join(out, 'claims/c-1/index.html')} holds 0 bytes, not the 12 the page writer wrote: Astro wrote the page too. The page writer (src/build/page-writer.ts) relies on Astro writing no file for a page rendered with status 200 and no body`,
    );
  });

  test('hands Astro anything but a page rendered with status 200: endpoints, the 404 page, redirects', async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'page-writer-'));
    const cases: [Response, RenderOptions, string][] = [
      [new Response('{"a":1}', { status: 200 }), route('endpoint', '/data/claims.json'), 'data/claims.json/index.html'],
      [new Response('<p>Not found</p>', { status: 404 }), route('page', '/404'), '404/index.html'],
      [new Response(null, { status: 301, headers: { location: '/b/' } }), route('redirect', '/a'), 'a/index.html'],
    ];
    for (const [given, options, file] of cases) {
      const result = await writePages(prerenderer(() => given), { outDir: out, base: '/', format: 'directory' }).render(new Request(`https://x.example/${file.replace('/index.html', '/')}`), options);
      expect(result).toBe(given);
      expect(existsSync(path.join(out, file))).toBe(false);
    }
  });
});
