// Bundles the card into the server's static assets (api/src/main/resources/static/customer-card, served at
// /customer-card/...): card.js, minified, beside the operation files it imports (where the server reads them as
// trusted documents). `npm run check` builds into a temporary folder and fails when the result differs from the
// committed bundle.
import * as esbuild from 'esbuild';
import { mkdtemp, readdir, readFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSETS = fileURLToPath(new URL('../../api/src/main/resources/static/customer-card/', import.meta.url));
const check = process.argv.includes('--check');
const out = check ? await mkdtemp(join(tmpdir(), 'customer-card-')) : ASSETS;

await mkdir(out, { recursive: true });
await esbuild.build({
  entryPoints: { card: 'src/card.ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  loader: { '.graphql': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  outdir: out,
});

if (check) {
  const differences = [];
  for (const file of await readdir(out)) {
    const built = await readFile(join(out, file));
    const committed = await readFile(join(ASSETS, file)).catch(() => null);
    if (!committed || !built.equals(committed)) {
      differences.push(file);
    }
  }
  await rm(out, { recursive: true, force: true });
  if (differences.length > 0) {
    console.error('The committed card differs from a fresh build: ' + differences.join(', '));
    process.exit(1);
  }
  console.log('The committed card matches a fresh build.');
} else {
  console.log('Built into ' + out);
}
