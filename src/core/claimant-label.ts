/**
 * How the site names the party who made a claim, in every sentence form it needs, so that a person, an
 * organisation and an unidentified source all read right: "Basem Naim says", "Hamas says", but "Unnamed
 * reports say" and "a claim from unnamed reports". The one place these phrases are built: pages, feeds,
 * search records, article marks and the content diff use it.
 */

/** What the label needs of a party: its name and kind (`unidentified` is spoken of in the plural). */
export interface Claimant {
  name: string;
  kind: string;
}

export interface ClaimantLabel {
  /** The name as written: "Basem Naim", "Unnamed reports". */
  name: string;
  /** The name and the verb that introduces what they say: "Basem Naim says", "Unnamed reports say". */
  says: string;
  /** Who a claim is by, after "Claim": "by Basem Naim", "from unnamed reports". */
  by: string;
}

/**
 * The label of a claimant; `undefined` (a party the content does not define, as in a diff against an old
 * version) falls back to the id, said as a name.
 */
export function claimantLabel(party: Claimant | undefined, id = ''): ClaimantLabel {
  const name = party?.name ?? id;
  if (party?.kind === 'unidentified') {
    return { name, says: `${name} say`, by: `from ${lowerFirst(name)}` };
  }
  return { name, says: `${name} says`, by: `by ${name}` };
}

/**
 * A claim in one line, its claimant first, where the claimant is not shown beside it (search records, feeds,
 * the front page's status changes): "Basem Naim says: the deal is done".
 */
export function claimHeadline(claimant: ClaimantLabel, statement: string): string {
  return `${claimant.says}: ${statement}`;
}

/** "Unnamed reports" -> "unnamed reports"; an acronym or a name that starts "UN" stays as it is. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
