/** `import url from './module.ts?module-url'`: the built URL of that module (src/integrations/moduleUrl.ts). */
declare module '*?module-url' {
  const url: string;
  export default url;
}
