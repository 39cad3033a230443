/** The content's pictures, imported through Astro's image pipeline (src/integration/content-images.ts). */
declare module 'virtual:claimdesk/pictures' {
  const pictures: Map<string, import('astro').ImageMetadata>;
  export default pictures;
}
