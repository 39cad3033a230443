/**
 * Checks an article's text for `npm run check`, with the same rules as the build (`inspectBody`): every
 * `:claim`, `:cite` and `:party` marker against the content, misspelt markers, raw HTML, and images from
 * other sites and `javascript:` links (`remote-resources.ts`); a text over the limits of `body-limits.ts` is
 * refused unparsed; the placeholder text `npm run new` wrote is a warning. It parses with
 * `remark-parse` and `remark-directive` only and runs no transforms; for plain prose `scanMarkers` builds the
 * same tree of markers without a parse, and text with no `:` and no `<` needs neither (`npm run bench:body`).
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { PLACEHOLDERS, STILL_PLACEHOLDER } from '../core/placeholders.ts';
import { bodyLimitProblem } from './body-limits.ts';
import { scanMarkers } from './marker-scan.ts';
import { inspectBody, type KnownIds } from './markers.ts';
import { MAY_HOLD_REMOTE, remoteResourceFindings } from './remote-resources.ts';

export type { KnownIds };

/** A problem in the body; `line` and `column` are 1-based and relative to the body string. */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface BodyReport {
  problems: BodyProblem[];
  /** Known ids marked in the body, each once, in order of first appearance. */
  claims: string[];
  sources: string[];
  parties: string[];
}

const require = createRequire(import.meta.url);
let parser: { parse(markdown: string): Root } | undefined;

/**
 * The full Markdown parse. Loaded on first use: the parser is about 70 ms of start-up in each thread, and a
 * corpus of plain prose never needs it (`require` loads these ES modules synchronously, as `checkBody` is).
 */
function parse(markdown: string): Root {
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkDirective = (require('remark-directive') as typeof import('remark-directive')).default;
    parser = unified().use(remarkParse).use(remarkDirective).freeze();
  }
  return parser.parse(markdown);
}

/** Reads a Markdown body and reports its markers' problems and the ids it marks, and the scaffold's placeholder text. */
export function checkBody(markdown: string, known: KnownIds): BodyReport {
  const report = inspectMarkdown(markdown, known);
  const at = markdown.indexOf(PLACEHOLDERS.text);
  if (at >= 0) {
    const before = markdown.slice(0, at).split('\n');
    report.problems.unshift({ line: before.length, column: before.at(-1)!.length + 1, message: `text: ${STILL_PLACEHOLDER}; write the article here`, severity: 'warning' });
  }
  return report;
}

function inspectMarkdown(markdown: string, known: KnownIds): BodyReport {
  // Over a limit, the text is not parsed at all: the parse is what the limits bound.
  const tooBig = bodyLimitProblem(markdown);
  if (tooBig) return { problems: [tooBig], claims: [], sources: [], parties: [] };
  // Every directive starts with `:` and all HTML with `<`, and an image with `![`: a body with none needs no parse.
  if (!/[:<]|!\[/.test(markdown)) return { problems: [], claims: [], sources: [], parties: [] };
  // The marker scan reads no links or images: a text that may hold a remote one is parsed in full.
  const tree = (MAY_HOLD_REMOTE.test(markdown) ? undefined : scanMarkers(markdown)) ?? parse(markdown);
  const { findings, claims, sources, parties } = inspectBody(tree, known);
  if (MAY_HOLD_REMOTE.test(markdown)) {
    findings.push(...remoteResourceFindings(tree));
    findings.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  }
  return {
    problems: findings.map(({ position, message, severity }) => ({
      line: position?.start.line ?? 1,
      column: position?.start.column ?? 1,
      message,
      severity,
    })),
    claims,
    sources,
    parties,
  };
}
