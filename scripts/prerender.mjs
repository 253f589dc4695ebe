// The page's first screen for the built index.html: the app's own components rendered
// natively for the default scenario (src/bin/prerender.rs, Leptos's `ssr` under the crate's
// `prerender` feature), so the first response already holds the answer. The app mounts over
// it with the same markup (src/main.rs removes it in the same task), so nothing moves.
import { execFileSync } from 'node:child_process';

// Nothing here can be pressed or typed into before the app can keep it: the header, the tabs
// and the inputs are inert (and a "How is this computed?" would open empty). The figures stay
// readable, by people and by assistive technology.
const FROZEN = [
  '<a href="#main" class="skip-link"',
  '<header class="top"',
  '<nav aria-label="Tools" class="view-nav"',
  '<section id="inputs"',
];

/** The first screen's HTML, ready to go inside `<div id="shell">`. */
export function prerender({ root }) {
  // A native build with the machine's default toolchain: not the release wasm's nightly,
  // its standard library build or its wasm flags, which Trunk's environment carries.
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'RUSTUP_TOOLCHAIN' || key.startsWith('CARGO_UNSTABLE_') || key.startsWith('CARGO_TARGET_WASM32')) delete env[key];
  }
  let html = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--offline', '--no-default-features', '--features', 'prerender', '--bin', 'prerender'],
    { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Leptos's hydration markers: nothing hydrates this page, the app draws it anew.
  html = html.replace(/<!>|<!--<\(\) \/>-->/g, '');
  for (const tag of FROZEN) {
    if (!html.includes(tag)) throw new Error(`prerender: no ${tag} in the first screen; update scripts/prerender.mjs`);
    html = html.replace(tag, `${tag} inert`);
  }
  html = html.replaceAll('<details', '<details inert');
  if (!html.includes('data-testid="cost-per-credit"')) throw new Error('prerender: the first screen has no figures');
  return html;
}
