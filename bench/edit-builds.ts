/**
 * The edit-build part of `npm run bench -- --edits` (docs/edit-builds.md): on the corpus without pictures and
 * without share cards, a clean build, then for each kind of edit (bench/edits.ts) the edit applied and an edit
 * build on the last build's output and cache, each timed and given as a ratio to the clean build. With several
 * rounds, each round is a clean build and the edits again, and the figures are the medians of the rounds'.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { applyEdit, editRandom, EDIT_KINDS, type EditKind } from './edits.ts';
import type { Measured } from './measure.ts';

export type Step = (name: string, command: string, args: string[], env: Record<string, string>, options?: { keep?: boolean }) => Promise<Measured>;

export interface EditBuildFigures {
  clean_build_s: number;
  edit_build_s: Record<EditKind, number>;
  /** Each kind's outputs rendered by its edit build (the last round's). */
  edit_rendered: Record<EditKind, number>;
  /** Each kind's edit build over the clean build of its round: the median over the rounds. */
  edit_ratio: Record<EditKind, number>;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** `content`: a corpus without pictures (edit builds of content with pictures are clean ones); copied, then edited. */
export async function measureEditBuilds({ content, work, rounds, step, seed }: { content: string; work: string; rounds: number; step: Step; seed: number }): Promise<EditBuildFigures> {
  const clean: number[] = [];
  const edits = new Map<EditKind, number[]>(EDIT_KINDS.map((kind) => [kind, []]));
  const ratios = new Map<EditKind, number[]>(EDIT_KINDS.map((kind) => [kind, []]));
  const rendered = new Map<EditKind, number>();
  for (let round = 0; round < rounds; round++) {
    const edited = path.join(work, 'content-edits');
    rmSync(edited, { recursive: true, force: true });
    cpSync(content, edited, { recursive: true });
    const env = { CLAIMDESK_CONTENT: edited, CLAIMDESK_OUT: path.join(work, 'dist-edits'), CLAIMDESK_CACHE: path.join(work, 'cache-edits'), CLAIMDESK_CARDS: 'none' };
    const first = await step(`edits-clean-${round + 1}`, 'npm', ['run', '--silent', 'build'], { ...env, CLAIMDESK_CLEAN: '1' });
    clean.push(first.seconds);
    const random = editRandom(seed + round);
    for (const kind of EDIT_KINDS) {
      process.stderr.write(`  ${kind}: ${await applyEdit(edited, kind, random)}\n`);
      // Each edit build's log says why it rendered what it did, key by key (docs/edit-builds.md).
      const edit = await step(`edit-${kind}-${round + 1}`, 'npm', ['run', '--silent', 'build'], { ...env, CLAIMDESK_EDIT_EXPLAIN: '1' }, { keep: true });
      const log = readFileSync(path.join(work, `edit-${kind}-${round + 1}.log`), 'utf8');
      // An edit build that fell back to a clean one would measure nothing of what it is named for.
      const done = /edit build: ([\d,]+) outputs? rendered/.exec(log);
      if (!done) throw new Error(`the build after the edit ${kind} was not an edit build: see ${path.join(work, `edit-${kind}-${round + 1}.log`)}`);
      rendered.set(kind, Number(done[1]!.replaceAll(',', '')));
      process.stderr.write(`    ${/edit build: why: (.*)/.exec(log)?.[1] ?? 'nothing to render again'}\n`);
      edits.get(kind)!.push(edit.seconds);
      ratios.get(kind)!.push(edit.seconds / first.seconds);
    }
  }
  const per = (values: Map<EditKind, number[]>) => Object.fromEntries(EDIT_KINDS.map((kind) => [kind, Number(median(values.get(kind)!).toFixed(3))])) as Record<EditKind, number>;
  return { clean_build_s: Number(median(clean).toFixed(2)), edit_build_s: per(edits), edit_ratio: per(ratios), edit_rendered: Object.fromEntries(rendered) as Record<EditKind, number> };
}
