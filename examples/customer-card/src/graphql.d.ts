// Operation files are bundled as their exact text (esbuild's text loader), so the server can match them against
// its trusted documents byte for byte.
declare module '*.graphql' {
  const text: string;
  export default text;
}
