/**
 * The allow-list for `rehype-sanitize`, the last of our rehype plugins: the elements and attributes that
 * Markdown (with GFM) and our plugins produce, and nothing else. Everything not listed is dropped: `script`,
 * `style`, `iframe`, `object`, `embed`, forms, `svg`, every `on…` and `style` attribute, and any URL whose
 * scheme is not `http`, `https` or (for links) `mailto` (so no `javascript:` or `data:`). Raw HTML never gets
 * this far (`remark-drop-html`); this is the second lock.
 */
import type { Schema } from 'hast-util-sanitize';
import { STATUS_IDS } from '../schemas/status.ts';

/** The classes of a claim's status mark: `claim-status` and the status's own (`status-unverified`). */
const STATUS_CLASSES = ['claim-status', ...STATUS_IDS.map((status) => `status-${status}`)];

export const sanitizeSchema: Schema = {
  allowComments: false,
  allowDoctypes: false,
  // Ids are made by our plugins and by rehype-slug (`section-…`); nothing on the site runs script, so no prefix.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template'],
  ancestors: {
    li: ['ol', 'ul'],
    input: ['li'],
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tr: ['table'],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  tagNames: [
    'p', 'br', 'hr', 'div', 'span', 'section',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'a', 'em', 'strong', 'del', 'code', 'pre', 'sup', 'sub', 'blockquote',
    'ul', 'ol', 'li', 'input',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'img',
  ],
  attributes: {
    a: [
      'href', 'id', 'title', 'dataPartyId', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel',
      ['rel', 'noopener', 'noreferrer'],
      ['className', 'party', 'heading-link', 'data-footnote-backref', ...STATUS_CLASSES],
    ],
    span: ['dataClaimId', ['ariaHidden', 'true'], ['className', 'claim', 'claim-passage', 'claim-status-icon', 'claim-status-word', 'visually-hidden']],
    sup: [['className', 'citation']],
    div: [['className', 'heading']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h1: ['id'], h2: ['id', ['className', 'visually-hidden']], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    li: ['id'],
    ol: ['start'],
    code: [['className', /^language-[\w-]+$/]],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: ['align'],
    td: ['align'],
    img: ['src', 'alt', 'title'],
    blockquote: ['cite'],
  },
  required: {
    input: { type: 'checkbox', disabled: true },
  },
};
