/**
 * Renders a content diff as Markdown for a reviewer: a GitHub job summary, or a terminal. Text from the
 * content is escaped, so a statement cannot inject links, images or HTML into the summary.
 */
import { STATUSES, type Status } from '../schemas/status.ts';
import { isEmptyDiff, type ClaimRef, type ContentDiff, type TextEdit } from './content-diff.ts';
import { wordDiff } from './word-diff.ts';

/** Longest statement shown in full; longer ones are cut at a word and end with `…`. */
const STATEMENT_LENGTH = 160;

/**
 * `## Content changes: \`main\` → \`HEAD\``, a one-line count, then a section for each kind of change that
 * happened: status changes first (the reviewer's main question), then articles, claims, events, parties,
 * sources.
 */
export function contentDiffMarkdown(diff: ContentDiff, refs: { base: string; head: string }): string {
  const out = [`## Content changes: ${code(refs.base)} → ${code(refs.head)}`, ''];
  for (const [side, count] of [['base', diff.errors.base], ['head', diff.errors.head]] as const) {
    if (count === 0) continue;
    const left = diff.unreadable[side];
    const leftOut = left.length > 0 ? ` Left out of the comparison: ${left.map(code).join(', ')}.` : '';
    out.push(`> **Warning:** ${code(refs[side])} has ${plural(count, 'content error')}; \`npm run check\` lists them.${leftOut}`, '');
  }
  if (isEmptyDiff(diff)) {
    out.push('No content changes.', '');
    return out.join('\n');
  }
  out.push(`${summary(diff)}.`, '');

  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`### ${title}`, '', ...lines, '');
  };
  section(
    'Status changes',
    diff.statusChanges.map(
      (change) =>
        `- ${claim(change)}  \n  ${status(change.from)} → ${status(change.to)} on ${change.date}. Rationale: ${text(change.rationale)}`,
    ),
  );
  section('Articles', [
    ...diff.articles.added.map((a) => `- Added: *${text(a.title)}* (${code(a.id)})`),
    ...diff.articles.changed.map((a) => `- Changed: *${text(a.title)}* (${code(a.id)}): ${a.fields.join(', ')}${edits(a.edits)}`),
    ...diff.articles.removed.map((a) => `- Removed: *${text(a.title)}* (${code(a.id)})`),
  ]);
  section('Claims', [
    ...diff.claims.added.map((c) => `- Added: ${claim(c, `, ${status(c.status)}, in ${code(c.article)}`)}`),
    ...diff.claims.changed.map((c) => `- Edited (${c.fields.join(', ')}): ${claim(c)}${edits(c.edits)}`),
    ...diff.claims.removed.map((c) => `- Removed: ${claim(c, `, from ${code(c.article)}`)}`),
  ]);
  section('Events', [
    ...diff.events.added.map((e) => `- Added: ${code(e.date)} ${text(e.title)} (${code(e.id)})`),
    ...diff.events.redated.map((e) => `- Re-dated: ${text(e.title)} (${code(e.id)}): ${code(e.from)} → ${code(e.to)}`),
    ...diff.events.removed.map((e) => `- Removed: ${code(e.date)} ${text(e.title)} (${code(e.id)})`),
  ]);
  for (const [title, changes] of [['Parties', diff.parties], ['Sources', diff.sources]] as const) {
    section(title, [
      ...changes.added.map((p) => `- Added: ${text(p.name)} (${code(p.id)})`),
      ...changes.changed.map((p) => `- Changed: ${text(p.name)} (${code(p.id)}): ${p.fields.join(', ')}${edits(p.edits)}`),
      ...changes.renamed.map((p) => `- Renamed: ${text(p.name)}, ${code(p.from)} → ${code(p.to)}`),
      ...changes.removed.map((p) => `- Removed: ${text(p.name)} (${code(p.id)})`),
    ]);
  }
  return out.join('\n');
}

/** `1 article changed, 2 claims added, 1 status change`. */
function summary(diff: ContentDiff): string {
  const parts: [number, string, string][] = [
    [diff.statusChanges.length, 'status change', ''],
    [diff.articles.added.length, 'article', 'added'],
    [diff.articles.changed.length, 'article', 'changed'],
    [diff.articles.removed.length, 'article', 'removed'],
    [diff.claims.added.length, 'claim', 'added'],
    [diff.claims.changed.length, 'claim', 'edited'],
    [diff.claims.removed.length, 'claim', 'removed'],
    [diff.events.added.length, 'event', 'added'],
    [diff.events.redated.length, 'event', 're-dated'],
    [diff.events.removed.length, 'event', 'removed'],
    [diff.parties.added.length, 'party', 'added'],
    [diff.parties.changed.length, 'party', 'changed'],
    [diff.parties.renamed.length, 'party', 'renamed'],
    [diff.parties.removed.length, 'party', 'removed'],
    [diff.sources.added.length, 'source', 'added'],
    [diff.sources.changed.length, 'source', 'changed'],
    [diff.sources.renamed.length, 'source', 'renamed'],
    [diff.sources.removed.length, 'source', 'removed'],
  ];
  const shown = parts.filter(([count]) => count > 0).map(([count, noun, verb]) => `${plural(count, noun)}${verb ? ` ${verb}` : ''}`);
  const first = shown[0]!;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...shown.slice(1)].join(', ');
}

/**
 * Each changed text on a line of its own under the list item, as a word diff: removed words struck through,
 * added ones in bold (`title: Talks ~~stall~~ **resume** in Doha`).
 */
function edits(list: readonly TextEdit[]): string {
  return list
    .map(({ field, from, to }) => {
      const runs = wordDiff(from, to).map((run) => (run.kind === 'kept' ? text(run.text) : run.kind === 'removed' ? `~~${text(run.text)}~~` : `**${text(run.text)}**`));
      return `  \n  ${field}: ${runs.join(' ')}`;
    })
    .join('');
}

/** `` `id` (Claimant, extra): statement ``. */
function claim(c: ClaimRef, extra = ''): string {
  return `${code(c.id)} (${text(c.claimant)}${extra}): ${text(shorten(c.statement))}`;
}

function status(value: Status): string {
  return `**${STATUSES[value].label}**`;
}

function plural(count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`;
  return `${count} ${noun === 'party' ? 'parties' : `${noun}s`}`;
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (flat.length <= STATEMENT_LENGTH) return flat;
  const cut = flat.slice(0, STATEMENT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : STATEMENT_LENGTH)}…`;
}

/**
 * Content text on one line, with the Markdown and HTML syntax that can act mid-line escaped: emphasis,
 * code, links and images (`[`), strikethrough, tags and character references. Text never starts a line
 * here, so block syntax (`#`, `-`, `>`) is inert.
 */
function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]~<&]/g, (char) => (char === '<' ? '&lt;' : char === '&' ? '&amp;' : `\\${char}`));
}

/** An inline code span that survives backticks in the value. */
function code(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${flat} ${fence}` : `${fence}${flat}${fence}`;
}
