import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { imageFileProblems } from '../../src/loader/image-files.ts';
import { partySchema } from '../../src/schemas/party.ts';
import { writeBigPng } from '../fixtures/big-png.ts';

let dir: string;
let outside: string;

const party = (id: string, src: string) => ({
  id,
  file: `parties/${id}.yaml`,
  data: partySchema.parse({ name: id, kind: 'state', description: 'A state.', image: { src, alt: 'A flag', credit: 'Public domain' } }),
});
const problemsFor = (...parties: ReturnType<typeof party>[]) => imageFileProblems(buildGraph({ articles: [], parties, sources: [] }), dir);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-images-'));
  outside = mkdtempSync(path.join(tmpdir(), 'claimdesk-outside-'));
  mkdirSync(path.join(dir, 'media'));
  await writeBigPng(path.join(dir, 'media/huge.png'));
  await sharp({ create: { width: 300, height: 300, channels: 3, background: '#3366cc' } }).png().toFile(path.join(outside, 'elsewhere.png'));
  symlinkSync(path.join(outside, 'elsewhere.png'), path.join(dir, 'media/link.png'));
  writeFileSync(path.join(dir, 'media/folder.png.txt'), '');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('imageFileProblems', () => {
  test('returns a warning on image.src for a picture over 10 MB, and no error', async () => {
    const problems = await problemsFor(party('big', 'media/huge.png'));
    expect(problems).toEqual([
      {
        severity: 'warning',
        collection: 'parties',
        id: 'big',
        file: 'parties/big.yaml',
        path: ['image', 'src'],
        message: expect.stringMatching(/^`media\/huge\.png` is 10\.\d MB, over 10 MB; save a smaller copy/),
      },
    ]);
  });

  test('returns an error for a link to a file outside the content folder', async () => {
    const problems = await problemsFor(party('linked', 'media/link.png'));
    expect(problems.map((problem) => problem.message)).toEqual(['`media/link.png` links to a file outside the content folder; copy the picture into the content folder']);
  });

  test('returns the problem of a shared file once for each entry that uses it', async () => {
    const problems = await problemsFor(party('one', 'media/gone.png'), party('two', 'media/gone.png'));
    expect(problems.map((problem) => `${problem.id}: ${problem.message}`)).toEqual([
      'one: no file `media/gone.png` in the content folder; check the path, or add the file',
      'two: no file `media/gone.png` in the content folder; check the path, or add the file',
    ]);
  });

  test('returns nothing when no entry has a picture', async () => {
    expect(await imageFileProblems(buildGraph({ articles: [], parties: [], sources: [] }), dir)).toEqual([]);
  });
});
