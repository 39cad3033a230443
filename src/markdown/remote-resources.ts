/**
 * The check's warnings for what an article's text may not bring into a page (`src/core/url-safety.ts`): an
 * image from another site, and a link to `javascript:`, `vbscript:` or `data:`. The build leaves both out of
 * the page (`rehype-local-images.ts`, `rehype-sanitize`); the warning says so, where it is written.
 */
import type { Definition, Nodes, Root } from 'mdast';
import { isRemoteUrl, unsafeScheme } from '../core/url-safety.ts';
import type { Finding } from './markers.ts';

/** Whether a text may hold either, so that the check parses it in full (the marker scan reads no links). */
export const MAY_HOLD_REMOTE = /!\[|(?:javascript|vbscript|data)\s*:/i;

export function remoteResourceFindings(tree: Root): Finding[] {
  const definitions = new Map<string, Definition>();
  const findings: Finding[] = [];
  const visit = (node: Nodes, each: (node: Nodes) => void) => {
    each(node);
    if ('children' in node) for (const child of node.children) visit(child, each);
  };
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
  });
  const warn = (node: Nodes, message: string) => findings.push({ severity: 'warning', message, position: node.position });
  const image = (node: Nodes, url: string) => {
    if (isRemoteUrl(url)) warn(node, `the image ${JSON.stringify(url.slice(0, 80))} is on another site, and is left out of the page (every reader's browser would fetch it); use an image from the content's media`);
  };
  const link = (node: Nodes, url: string) => {
    const scheme = unsafeScheme(url);
    if (scheme) warn(node, `a link to \`${scheme}:\` is left out of the page (it could run script or carry a document); link to an http:// or https:// page`);
  };
  visit(tree, (node) => {
    if (node.type === 'image') image(node, node.url);
    else if (node.type === 'link') link(node, node.url);
    else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition) image(node, definition.url);
    } else if (node.type === 'linkReference') {
      const definition = definitions.get(node.identifier);
      if (definition) link(node, definition.url);
    }
  });
  return findings;
}
