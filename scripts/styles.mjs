// Gathers the page's styles into one file, target/styles.css, before Trunk builds (a
// pre_build hook in Trunk.toml); index.html links it, so the page loads one stylesheet.
// Each view's styles live in its folder and each shared widget's beside its component; this
// fixes their order in the cascade:
//   1. style/tokens.css, style/base.css: the design tokens and the elements every page has;
//   2. src/app.css: the page around the views;
//   3. src/components/*.css, by name: the widgets several views share;
//   4. src/views/views.css, then src/views/<view>/*.css, by folder: what views share, then each
//      view's own, so a view can refine a widget;
//   5. style/print.css: last, so print wins.
// The file is rewritten only when its text changes, so an unchanged build is not rebuilt.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'target', 'styles.css');

const cssIn = (dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => join(dir, f));

const viewFolders = readdirSync(join(ROOT, 'src/views'))
  .filter((d) => statSync(join(ROOT, 'src/views', d)).isDirectory())
  .sort();

const parts = [
  'style/tokens.css',
  'style/base.css',
  'src/app.css',
  ...cssIn('src/components'),
  'src/views/views.css',
  ...viewFolders.flatMap((d) => cssIn(join('src/views', d))),
  'style/print.css',
];

const text = parts
  .map((p) => `/* ${relative(ROOT, join(ROOT, p))} */\n${readFileSync(join(ROOT, p), 'utf8')}`)
  .join('\n');
mkdirSync(join(ROOT, 'target'), { recursive: true });
if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== text) writeFileSync(OUT, text);
