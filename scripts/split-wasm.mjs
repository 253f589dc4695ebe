// Cuts the app's WebAssembly into a main module and one chunk per view, after Trunk's build.
// Trunk has no split step (trunk#1022), so this runs first in the post-build hook:
//   1. wasm-split-cli reads cargo's raw output (linked with --emit-relocs, see
//      .cargo/config.toml), before wasm-bindgen or wasm-opt strip the relocations it needs, and
//      writes the main module, one module per chunk named in the table of views
//      (src/model/view.rs), the chunks that several views share, and a small JS loader.
//   2. wasm-bindgen (the pinned CLI, as Trunk runs it) on the main module, keeping the exports
//      the chunks link against.
//   3. wasm-opt on the main module and on every chunk, in parallel, in release builds
//      (Trunk's own wasm-opt is off: data-wasm-opt="0" in index.html).
//   4. Content-hashed names, so a page never mixes two builds: each chunk by its own bytes; the
//      main JS and the loader, which import each other, by one hash of the whole build.
//   5. The page points at the new files (integrity recomputed), and Trunk's unsplit ones go.
// The loader is the splitter's, with one change: a failed fetch is logged as a warning, since
// the view it belongs to says so on the page.
import { execFileSync, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const digest = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// The features rustc's wasm32 target turns on; wasm-opt must know them to read the module.
export const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

/** Splits the build in `staging` (Trunk's staging directory); returns what it wrote. */
export async function splitWasm({ staging, root, release }) {
  const html = join(staging, 'index.html');
  let page = readFileSync(html, 'utf8');
  const trunkJs = /\.\/(firstmove-[0-9a-f]+)\.js/.exec(page)?.[1];
  if (!trunkJs) throw new Error('index.html names no firstmove-<hash>.js: update scripts/split-wasm.mjs');
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const raw = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'firstmove.wasm');

  // The pinned tools, never whatever else is first on PATH (Debian's wasm-opt 108 breaks the
  // page): npm's binaryen, and the wasm-bindgen that Trunk.toml and Cargo.lock name.
  const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
  const pinned = /wasm_bindgen = "([^"]+)"/.exec(readFileSync(join(root, 'Trunk.toml'), 'utf8'))?.[1];
  const found = execFileSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }).trim();
  if (found !== `wasm-bindgen ${pinned}`) throw new Error(`${found} is not the pinned wasm-bindgen ${pinned}: run scripts/setup.sh`);
  const work = mkdtempSync(join(tmpdir(), 'firstmove-split-'));
  try {
    // 1. Split.
    const split = join(work, 'split');
    execFileSync('wasm-split-cli', [raw, split, '--target', 'web', '--out-name', 'firstmove'], { stdio: 'inherit' });
    // 2. Bindings for the main module.
    const bound = join(work, 'bound');
    execFileSync('wasm-bindgen', [
      '--target', 'web', '--no-typescript', '--keep-lld-exports',
      '--out-dir', bound, '--out-name', 'firstmove', join(split, 'firstmove.wasm'),
    ], { stdio: 'inherit' });
    const chunks = readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== 'firstmove.wasm');
    const modules = [join(bound, 'firstmove_bg.wasm'), ...chunks.map((f) => join(split, f))];
    // 3. Optimise every module, as many at once as there are cores.
    if (release) {
      const queue = [...modules];
      const worker = async () => {
        for (let m = queue.shift(); m; m = queue.shift()) {
          await run(wasmOpt, ['-Oz', ...FEATURES, m, '-o', m]);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, worker));
    }
    // 4. Names. Chunks first: the loader names them.
    const chunkNames = new Map(chunks.map((f) => {
      const stem = f.replace(/\.wasm$/, '').replace(/^split_/, 'view-').replace(/_/g, '-');
      return [f, `${stem}-${digest(readFileSync(join(split, f)))}.wasm`];
    }));
    const mainWasm = readFileSync(join(bound, 'firstmove_bg.wasm'));
    let mainJs = readFileSync(join(bound, 'firstmove.js'), 'utf8');
    let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
    // Bytes, not text: two different wasm files must never name the same build.
    const whole = createHash('sha256');
    for (const part of [mainWasm, mainJs, loader, ...chunkNames.values()]) whole.update(part).update('\0');
    const build = whole.digest('hex').slice(0, 16);
    const names = { js: `firstmove-${build}.js`, wasm: `firstmove-${build}_bg.wasm`, loader: `split-loader-${build}.js` };
    // The import's text changes; the imports object's key ("./__wasm_split.js") must not, as the
    // wasm asks for its functions under that name.
    const imports = mainJs.split('from "./__wasm_split.js"').length - 1;
    if (imports === 0) throw new Error('the main module imports no split loader: did the split find no views?');
    mainJs = mainJs.replaceAll('from "./__wasm_split.js"', `from "./${names.loader}"`);
    if (!loader.includes('from "./firstmove.js"')) throw new Error('the split loader does not import ./firstmove.js');
    loader = loader.replace('from "./firstmove.js"', `from "./${names.js}"`);
    // A chunk that cannot be fetched is the view's to report (with Reload), and the idle
    // prefetch may meet one while another view is on screen: a warning, not an error.
    if (!loader.includes('console.error(e);')) throw new Error('the split loader no longer logs a failed load as expected');
    loader = loader.replace('console.error(e);', "console.warn('FirstMove: a view could not be fetched:', e?.message ?? e);");
    for (const [from, to] of chunkNames) {
      if (!loader.includes(`"./${from}"`)) throw new Error(`the split loader does not name ${from}`);
      loader = loader.replaceAll(`"./${from}"`, `"./${to}"`);
    }
    // 5. Write, point the page at the new files, and drop Trunk's unsplit ones.
    writeFileSync(join(staging, names.wasm), mainWasm);
    writeFileSync(join(staging, names.js), mainJs);
    writeFileSync(join(staging, names.loader), loader);
    for (const [from, to] of chunkNames) writeFileSync(join(staging, to), readFileSync(join(split, from)));
    page = page.replace(/<link\b[^>]*>/g, (tag) => {
      const href = /href=["']?\.\/(firstmove-[0-9a-f]+(?:_bg\.wasm|\.js))/.exec(tag)?.[1];
      if (!href) return tag;
      const name = href.endsWith('.wasm') ? names.wasm : names.js;
      const bytes = readFileSync(join(staging, name));
      // The wasm's preload loses its integrity: wasm-bindgen's fetch of the module carries none,
      // so Chromium would not match the two, fetch the module twice and warn on every load.
      // The script's modulepreload keeps it (the module import honours it).
      if (name === names.wasm) return tag.replace(href, name).replace(/\s*integrity=["']?[^"'\s>]+["']?/, '');
      return tag.replace(href, name).replace(/integrity=["']?[^"'\s>]+["']?/, `integrity=${integrity(bytes)}`);
    });
    page = page.replaceAll(`./${trunkJs}_bg.wasm`, `./${names.wasm}`).replaceAll(`./${trunkJs}.js`, `./${names.js}`);
    if (page.includes(trunkJs)) throw new Error(`index.html still names ${trunkJs}`);
    writeFileSync(html, page);
    rmSync(join(staging, `${trunkJs}.js`));
    rmSync(join(staging, `${trunkJs}_bg.wasm`));
    return { ...names, chunks: [...chunkNames.values()] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
