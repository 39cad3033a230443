/**
 * The page `astro dev` shows for every address while the content has errors: each error in the checker's
 * words (`content/articles/a.md:4:1 error kind: …`), and a reload as soon as a file changes (Vite's client
 * listens for the reload the dev server sends), so the site comes back by itself once the files are fixed.
 */
import { escapeHtml } from '../formats/escape-html.ts';
import { formatProblem, type Located } from '../core/problem-format.ts';
import type { GraphProblem } from '../graph/graph.ts';
import { withBase } from '../core/with-base.ts';

type Problem = Pick<GraphProblem, 'severity' | 'path' | 'message'> & Located;

export function problemPage(errors: readonly Problem[], warnings: number, base: string): string {
  const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
  const items = errors.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
  const also = warnings ? ` It also has ${warnings} warning${warnings === 1 ? '' : 's'}: <code>npm run check</code> lists everything.` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The content has ${count} · Claim Desk</title>
<script type="module" src="${escapeHtml(withBase(base, '@vite/client'))}"></script>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { color: #8a1010; font-size: 1.5rem; }
  li { margin: 0.5rem 0; }
  code { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1><span aria-hidden="true">⛔ </span>The content has ${count}</h1>
<p>No page can be shown until ${errors.length === 1 ? 'it is' : 'they are'} fixed. Fix the files and save: this page reloads by itself.${also}</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
