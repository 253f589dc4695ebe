// The page's model module (src/bin/first_figures.rs): the model alone, to its own WebAssembly
// with its wasm-bindgen glue, named for its bytes. Built with the same toolchain and flags as
// the app (Trunk's environment), so the crate's compiled library is shared with the app's build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEATURES } from './split-wasm.mjs';

const digest = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * The module without the linker's relocations, which the app's build asks for (its split
 * needs them: .cargo/config.toml) and which this module, never split, does not: wasm-opt
 * cannot optimise a module that has them, and they are most of its bytes.
 */
function withoutRelocations(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const size = leb();
    const body = at;
    let name = '';
    if (id === 0) {
      const length = leb();
      name = bytes.subarray(at, at + length).toString();
    }
    at = body + size;
    if (!(id === 0 && (name === 'linking' || name.startsWith('reloc.')))) kept.push(bytes.subarray(start, at));
  }
  return Buffer.concat(kept);
}

/** Builds the model module into `staging`; returns its file names. */
export function buildFirstFigures({ staging, root, release }) {
  const profile = release ? ['--release'] : [];
  execFileSync('cargo', ['build', '--quiet', '--locked', '--offline', '--no-default-features', '--target', 'wasm32-unknown-unknown', ...profile, '--bin', 'first_figures'], { cwd: root, stdio: 'inherit' });
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const raw = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'first_figures.wasm');
  const work = mkdtempSync(join(tmpdir(), 'firstmove-figures-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'first-figures', raw], { stdio: 'inherit' });
    const wasmPath = join(work, 'first-figures_bg.wasm');
    writeFileSync(wasmPath, withoutRelocations(readFileSync(wasmPath)));
    if (release) execFileSync(join(root, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', ...FEATURES, wasmPath, '-o', wasmPath], { stdio: 'inherit' });
    const wasm = readFileSync(wasmPath);
    const js = readFileSync(join(work, 'first-figures.js'));
    const build = digest(Buffer.concat([wasm, js]));
    const names = { js: `first-figures-${build}.js`, wasm: `first-figures-${build}_bg.wasm` };
    writeFileSync(join(staging, names.wasm), wasm);
    writeFileSync(join(staging, names.js), js);
    return names;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
