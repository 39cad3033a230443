/**
 * Starting files for editors (`npm run new`): an article, a party or a source that passes the checker as
 * written, with every field present and a comment saying what it means. Optional fields without a sensible
 * default are present as comments, to be uncommented; the lists of allowed values come from the schemas.
 */
import { ARTICLE_KINDS } from '../schemas/article.ts';
import { ATTRIBUTIONS } from '../schemas/attribution.ts';
import { CLAIM_RELATIONS } from '../schemas/claim.ts';
import { PARTY_KINDS, type PartyKind } from '../schemas/party.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import { STATUS_IDS } from '../schemas/status.ts';
import { slugify } from '../core/slugify.ts';
import { PLACEHOLDERS } from '../core/placeholders.ts';

export type ScaffoldKind = 'article' | 'party' | 'source';

export const SCAFFOLD_KINDS: readonly ScaffoldKind[] = ['article', 'party', 'source'];

const options = (values: readonly string[]) => values.join(' | ');
const text = (value: string) => JSON.stringify(value);

/**
 * What a new party's `kind` says until the editor chooses: not a kind, so the check fails until then (a
 * default would be wrong for most parties: a ministry is not a person).
 */
export const UNCHOSEN_PARTY_KIND = 'choose-one';

/**
 * The file for a new entry: its path inside the content folder and its text. `today` is `YYYY-MM-DD`;
 * `partyKind` is a new party's kind, when the editor gave it.
 */
export function scaffold(kind: ScaffoldKind, title: string, today: string, partyKind?: PartyKind): { path: string; text: string } {
  const id = slugify(title);
  if (kind === 'party') return { path: `parties/${id}.yaml`, text: party(title, partyKind) };
  if (kind === 'source') return { path: `sources/${id}.yaml`, text: source(title) };
  return { path: `articles/${id}.md`, text: article(title, today) };
}

function article(title: string, today: string): string {
  return `---
# The headline.
title: ${text(title)}
# The standfirst: one or two sentences under the headline.
dek: ${text(PLACEHOLDERS.dek)}
# What kind of piece this is: ${options(ARTICLE_KINDS)}
kind: report
# The day of first publication, YYYY-MM-DD.
published: ${today}
# The day of the last substantive change, YYYY-MM-DD (remove the # to use it).
# updated: ${today}
# Who wrote it: one or more names.
byline: [News desk]
# Where the story is reported from (remove the # to use it).
# dateline: Doha
# The language of the text, as a BCP 47 tag.
language: en
# Topics.
tags: []
# Parties the article is about: ids of content/parties/<id>.yaml. Claimants and event parties count anyway.
parties: []
# Sources the article relies on: ids of content/sources/<id>.yaml. Claim and event sources count anyway.
sources: []
# Claims the article reports: copy the example, remove the #s and fill it in.
claims: []
#  - id: who-claims-what              # unique across all articles: the claim's page is /claims/<id>/
#    claimant: party-id               # the party who made the claim
#    statement: A neutral paraphrase of what is claimed, naming nobody as right.
#    quote: The verbatim words.       # optional: only where the source quotes them
#    date: 2025-05-16                 # when it was made, as precise as the source allows: 2025, 2025-05, 2025-05-16, 2025-05~
#    sources: [source-id]             # where it was made or reported
#    attribution: interview           # ${options(Object.keys(ATTRIBUTIONS))}
#    about: [party-id]                # parties the claim is about
#    events: [event-id]               # events the claim is about
#    assessment:                      # oldest first; the last entry is the current status
#      - date: 2025-05-17
#        status: unverified           # ${options(STATUS_IDS)}
#        rationale: What was checked and what it showed.
#    relations:                       # links to other claims
#      - { type: echoes, claim: other-claim-id }  # ${options(CLAIM_RELATIONS)}
# Dated events behind the story: copy the example, remove the #s and fill it in.
events: []
#  - id: what-happened               # shared by every article that writes the same event
#    date: 2025-05-12                # as precise as the source allows (EDTF)
#    title: What happened, in a line.
#    description: More detail.       # optional
#    parties: [party-id]
#    sources: [source-id]
#    claims: [claim-id]
# Corrections and updates after publication, oldest first.
corrections: []
#  - { date: ${today}, kind: correction, text: What was corrected. }  # kind: correction | update
---

${PLACEHOLDERS.text} Mark the passage that reports each claim with
\`:claim[the passage]{#claim-id}\`, cite sources with \`:cite[source-id]\` and link parties with
\`:party[their name]{#party-id}\` (see docs/editing.md).
`;
}

function party(name: string, kind: PartyKind | undefined): string {
  return `# The name readers see.
name: ${text(name)}
# What kind of party this is: ${options(PARTY_KINDS)}
kind: ${kind ?? UNCHOSEN_PARTY_KIND}
# One line on who they are, as neutral as an encyclopedia.
description: ${text(PLACEHOLDERS.description)}
# Other names and spellings, for search.
aliases: []
# Links to other parties, with the role as the source states it.
affiliations: []
#  - { party: party-id, role: member of the political bureau }
# The Wikidata item id, only when certain (remove the # to use it).
# wikidata: Q22686
`;
}

function source(title: string): string {
  return `# The title of the piece, or a description when it has none.
title: ${text(title)}
# Who published it (remove the # to use it). Leave it out when the reporting does not name them, and say so in note.
# publisher: Drop Site News
# What kind of source it is: ${options(SOURCE_KINDS)}
kind: unspecified
# Where to read it, http or https (remove the # to use it).
# url: https://example.org/the-page
# When it was published, as precise as known: 2025, 2025-05, 2025-05-16 (remove the # to use it).
# published: 2025-05-16
# The day the URL was last read, YYYY-MM-DD (remove the # to use it).
# accessed: 2025-05-17
# A copy in a web archive, http or https (remove the # to use it).
# archived: https://web.archive.org/web/2025/https://example.org/the-page
# Anything a reader should know about the source (remove the # to use it).
# note: The article does not link to the interview.
`;
}
