import { build } from 'esbuild';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'browser', alias: { '@': '/work/main' }, external: [], logLevel: 'error', loader: { '.json': 'json', '.css': 'empty' }, jsx: 'automatic', define: { 'import.meta.env.FIREFOX': 'false' } });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
const group = new Map();
for (const [k, b] of rows) { const g = k.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, 'npm:$1').replace(/^(content|lib|state|locales|components|entrypoints|runtime)\/([^/]+).*/, '$1/$2'); group.set(g, (group.get(g) ?? 0) + b); }
console.log('total', out.bytes);
console.log([...group].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, b]) => `${(b / 1024).toFixed(1)}KB ${k}`).join('\n'));
