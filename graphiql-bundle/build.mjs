// Builds GraphiQL, its explorer plugin and Monaco's three workers into the server's static assets
// (api/src/main/resources/static/graphiql, served at /graphiql/...), minified, with a notice of every bundled
// package's licence. Run with `npm ci && npm run build`; `npm run check` rebuilds into a temporary folder and fails
// when the result differs from the committed assets.
import * as esbuild from 'esbuild';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSETS = fileURLToPath(new URL('../api/src/main/resources/static/graphiql/', import.meta.url));
const check = process.argv.includes('--check');
const out = check ? await mkdtemp(join(tmpdir(), 'graphiql-')) : ASSETS;

const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none', // collected into THIRD-PARTY-LICENSES.txt instead
    metafile: true,
    plugins: [monacoStylesInGraphiQL()],
    logLevel: 'warning',
};

await rm(out, { recursive: true, force: true });
const page = await esbuild.build({
    ...common,
    entryPoints: { graphiql: 'src/graphiql.js' },
    format: 'esm',
    splitting: true, // Monaco, its GraphQL mode and prettier load on demand, as GraphiQL imports them
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    outdir: out,
});
const workers = await esbuild.build({
    ...common,
    entryPoints: {
        'editor.worker': 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
        'json.worker': 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js',
        'graphql.worker': 'node_modules/monaco-graphql/esm/graphql.worker.js',
    },
    format: 'iife',
    outdir: out,
});
await writeFile(join(out, 'THIRD-PARTY-LICENSES.txt'), await licences([page.metafile, workers.metafile]));

if (check) {
    const differences = await compare(out, ASSETS);
    await rm(out, { recursive: true, force: true });
    if (differences.length > 0) {
        console.error('The committed assets differ from a fresh build:\n  ' + differences.join('\n  '));
        process.exit(1);
    }
    console.log('The committed assets match a fresh build.');
} else {
    console.log(`Built into ${relative(process.cwd(), out)}`);
}

/**
 * Monaco's modules import their own style sheets; graphiql/style.css already holds all of them (codicon font
 * included), and a lazily loaded chunk's CSS would not be applied anyway, so those imports are left empty.
 */
function monacoStylesInGraphiQL() {
    return {
        name: 'monaco-styles-in-graphiql',
        setup(build) {
            build.onLoad({ filter: /[\\/]monaco-editor[\\/]esm[\\/].*\.css$/ }, () => ({ contents: '', loader: 'empty' }));
        },
    };
}

/** @return the name, version, licence and licence text of every package a bundle took code from */
async function licences(metafiles) {
    const packages = new Set();
    for (const metafile of metafiles) {
        for (const input of Object.keys(metafile.inputs)) {
            const match = input.match(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//);
            if (match) {
                packages.add(input.slice(0, input.lastIndexOf('node_modules/' + match[1]) + 'node_modules/'.length + match[1].length));
            }
        }
    }
    const notices = [];
    for (const dir of [...packages].sort()) {
        const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
        const file = (await readdir(dir)).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
        const text = file ? (await readFile(join(dir, file), 'utf8')).trim() : '(no licence file in the package)';
        notices.push(`${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}\n`);
    }
    return 'Packages bundled into these assets, with their licences.\n\n' + notices.join('\n' + '-'.repeat(78) + '\n\n');
}

/** @return the files that are missing, extra or different between two folders */
async function compare(built, committed) {
    const list = async (dir) => (existsSync(dir) ? (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))) : []);
    const names = new Set([...(await list(built)), ...(await list(committed))]);
    const differences = [];
    for (const name of [...names].sort()) {
        const a = existsSync(join(built, name)) ? await readFile(join(built, name)) : null;
        const b = existsSync(join(committed, name)) ? await readFile(join(committed, name)) : null;
        if (a === null || b === null || !a.equals(b)) {
            differences.push(a === null ? `${name}: not built` : b === null ? `${name}: not committed` : `${name}: differs`);
        }
    }
    return differences;
}
