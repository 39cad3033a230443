import type { AstroPrerenderer } from 'astro';
import { describe, expect, test } from 'vitest';
import { editOutputs, outputFile, pageName, type RenderedOutputs } from '../../src/build/edit-prerenderer.ts';
import { recordRead } from '../../src/graph/reads.ts';

describe('outputFile', () => {
  test('returns the file Astro writes for a page or an endpoint', () => {
    expect(outputFile('/articles/x/', true)).toBe('articles/x/index.html');
    expect(outputFile('/', true)).toBe('index.html');
    expect(outputFile('/404', true)).toBe('404.html');
    expect(outputFile('/data/claims.json', false)).toBe('data/claims.json');
  });
});

describe('pageName', () => {
  test("returns Astro's name of the page a file holds", () => {
    expect(pageName('articles/x/index.html')).toBe('articles/x/');
    expect(pageName('index.html')).toBe('');
    expect(pageName('404.html')).toBe('404/');
  });
});

describe('editOutputs', () => {
  const route = (component: string, type: 'page' | 'endpoint' = 'page') => ({ component, type }) as never;
  const inner: AstroPrerenderer = {
    name: 'inner',
    getStaticPaths: async () => [
      { pathname: '/a/', route: route('src/pages/[x].astro') },
      { pathname: '/b/', route: route('src/pages/[x].astro') },
      { pathname: '/rss.xml', route: route('src/pages/rss.xml.ts', 'endpoint') },
    ],
    render: async (request) => {
      recordRead(`article:${new URL(request.url).pathname}`);
      const assets = (globalThis as { astroAsset?: { addStaticImage: (...args: unknown[]) => string; referencedImages: Set<string> } }).astroAsset!;
      assets.addStaticImage({ src: 'b.png' }, ['src'], '/b.png');
      assets.referencedImages.add('/d.png');
      return new Response('x');
    },
  };
  const added: unknown[] = [];
  (globalThis as { astroAsset?: unknown }).astroAsset = { addStaticImage: (...args: unknown[]) => (added.push(args), '/_astro/x.webp') };

  test("leaves the kept outputs out of the paths, adds their pictures, and notes what each rendered output read (its pictures too) under its file", async () => {
    const rendered: RenderedOutputs = new Map();
    const current = new Set<string>();
    let keep: string[] = [];
    const kept = new Map([['pr-1/a/index.html', { route: 'src/pages/[x].astro', page: true, file: 'pr-1/a/index.html', reads: [] }]]);
    const outputs = editOutputs(inner, { kept: new Map([['a/index.html', { ...kept.get('pr-1/a/index.html')!, file: 'a/index.html' }]]), keep: (files) => ((keep = files), ['article:a', `image:${JSON.stringify([{ src: 'a.png' }, ['src'], '/a.png'])}`, 'image-used:/c.png']), base: '/pr-1/', rendered, current });
    const paths = await outputs.getStaticPaths();
    expect(paths.map(({ pathname }) => pathname)).toEqual(['/b/', '/rss.xml']);
    expect(keep).toEqual(['a/index.html']);
    expect([...current]).toEqual(['a/index.html', 'b/index.html', 'rss.xml']);
    expect(added).toEqual([[{ src: 'a.png' }, ['src'], '/a.png']]);
    expect([...(globalThis as { astroAsset?: { referencedImages: Set<string> } }).astroAsset!.referencedImages]).toEqual(['/c.png']);
    const response = await outputs.render(new Request('https://x.example/pr-1/b/'), { routeData: route('src/pages/[x].astro') });
    expect(await (response as Response).text()).toBe('x');
    expect(rendered.get('b/index.html')).toEqual({ route: 'src/pages/[x].astro', page: true, reads: new Set(['article:/pr-1/b/', `image:${JSON.stringify([{ src: 'b.png' }, ['src'], '/b.png'])}`, 'image-used:/d.png']) });
    expect(added).toHaveLength(2);
  });
});
