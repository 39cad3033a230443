import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AstroIntegration } from 'astro';
import claimdesk from '../../src/integration/index.ts';
import { sharedCardKinds, sharedContent, shareContent } from '../../src/query/shared-content.ts';
import type { CheckedContent } from '../../src/loader/load-content.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
let env: NodeJS.ProcessEnv;
let shared: CheckedContent | undefined;
beforeEach(() => {
  env = { ...process.env };
  shared = sharedContent();
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  shareContent(shared!);
});

/** Runs `claimdesk()`'s setup hook as Astro would for `command`, and returns what it asked Astro to add. */
async function setUp(content: string, command: 'build' | 'dev' | 'preview') {
  const integration = claimdesk({ content });
  const updates: Record<string, unknown>[] = [];
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
  try {
    // Astro's default image config: its sharp service, with no settings of the site's own.
    const config = { image: { service: { entrypoint: 'astro/assets/services/sharp', config: {} } } };
    await (integration.hooks['astro:config:setup'] as Setup)({ command, config, updateConfig: (update: Record<string, unknown>) => updates.push(update) } as unknown as Parameters<Setup>[0]);
  } finally {
    process.stderr.write = write;
  }
  return { integration, updates, written: written.join('') };
}

describe('claimdesk', () => {
  test('loads the content once in a build, hands it to the pages, and adds the article pass, the pictures, the share cards, the sitemap, edit builds and, last, the output swap', async () => {
    shareContent(undefined as unknown as CheckedContent);
    const { integration, updates } = await setUp('tests/fixtures/site/content', 'build');
    expect(integration.name).toBe('claimdesk');
    expect(sharedContent()?.graph.articles.size).toBe(2);
    expect(updates).toHaveLength(1);
    const { build, integrations, vite, image } = updates[0] as { build: unknown; integrations: AstroIntegration[]; vite: { plugins: { name: string }[] }; image: unknown };
    expect(build).toEqual({ format: 'directory', concurrency: 4 });
    expect(image).toEqual({ service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } });
    expect(integrations.map(({ name }) => name)).toEqual(['claimdesk:article-pass', 'claimdesk:pictures', 'claimdesk:share-cards', 'claimdesk:sitemap', 'claimdesk:edit-builds', 'claimdesk:dev-content', 'claimdesk:output-swap']);
    expect(vite.plugins.map(({ name }) => name)).toEqual(['claimdesk:content-pictures']);
  });

  test('hands the pages the share card kinds: articles and rated claims by default, CLAIMDESK_CARDS over the option', async () => {
    delete process.env.CLAIMDESK_CARDS;
    await setUp('tests/fixtures/site/content', 'build');
    expect(sharedCardKinds()).toEqual(['articles', 'rated-claims']);
    process.env.CLAIMDESK_CARDS = 'none';
    await setUp('tests/fixtures/site/content', 'build');
    expect(sharedCardKinds()).toEqual([]);
    process.env.CLAIMDESK_CARDS = 'articles,claims';
    await expect(setUp('tests/fixtures/site/content', 'build')).rejects.toMatchObject({
      message: 'CLAIMDESK_CARDS: unknown share card kind "claims"; use articles, rated-claims, all-claims or none.',
      hint: expect.stringContaining('`none`'),
    });
  });

  test('throws an Astro error with a hint when the content has errors, after printing them', async () => {
    await expect(setUp('tests/fixtures/check/event-conflict', 'build')).rejects.toMatchObject({
      message: 'The build stopped before writing any page: the content has 2 error(s), listed above.',
      hint: expect.stringContaining('npm run check'),
    });
  });

  test('throws an Astro error when the content folder is missing', async () => {
    await expect(setUp('tests/fixtures/check/no-such-folder', 'build')).rejects.toMatchObject({ message: 'The content folder tests/fixtures/check/no-such-folder does not exist.' });
  });

  test('in dev, prints the problems, carries on, and shares nothing (the dev server reads the content afresh)', async () => {
    shareContent(undefined as unknown as CheckedContent);
    const { written } = await setUp('tests/fixtures/check/event-conflict', 'dev');
    expect(written).toContain('2 errors in 2 files.');
    expect(sharedContent()).toBeUndefined();
  });

  test('loads nothing for a preview', async () => {
    const { written } = await setUp('tests/fixtures/check/no-such-folder', 'preview');
    expect(written).toBe('');
  });

  test('clears the environment variables that would override Astro\'s own when the config calls it', () => {
    process.env.BASE_URL = '/elsewhere/';
    claimdesk({ content: 'content' });
    expect(process.env.BASE_URL).toBeUndefined();
    expect(process.env.ASTRO_TELEMETRY_DISABLED).toBe('1');
  });
});
