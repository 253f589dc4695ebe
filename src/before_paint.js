// Run before the page is first drawn (a classic script at the top of <head>; the build writes
// this build's file names into FILES and hashes it). It says what the prerendered first
// screen, the calculator's default scenario in US English, cannot show as it is (the styles
// in src/app.css then hide it until it is right), and starts the one download those figures
// need first.
(() => {
  const FILES = null; // { main: [js, wasm], figures: [js, wasm] }, written by the build.
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const view = params.get('view');
  // A link to another view: the boot script puts that view's loading line in its place.
  if (view && view !== 'calculator') root.dataset.opens = view;
  // A link that shows a phone every input: the prerendered inputs show them too.
  if (params.get('inputs') === 'all') root.dataset.inputs = 'all';
  // A link's own inputs, a place the app will refuse (its notice then stands above the
  // figures), or a reader whose locale writes numbers otherwise: the figures wait for the
  // page's model module (or the app) to write them, and it is fetched first. (A view's name
  // is checked by the boot script, which knows the tabs.)
  const once = (k) => params.getAll(k).length <= 1;
  const refusedPlace = !once('view') || !once('inputs') || !['all', 'first', null].includes(params.get('inputs'));
  const own = refusedPlace || [...params.keys()].some((k) => k !== 'view' && k !== 'inputs');
  const pending = own || new Intl.NumberFormat().resolvedOptions().locale !== 'en-US';
  if (pending) root.classList.add('figures-pending');
  // What the first figures need, fetched first. The bare page needs nothing more: its figures
  // are in the HTML, and the app's download begins once the page is parsed (the boot script),
  // not beside the page's own first bytes, where it would slow the first paint on a slow line.
  const first = root.dataset.opens ? FILES.main : pending ? FILES.figures : null;
  if (!first) return;
  const [js, wasm] = first;
  for (const [rel, href] of [['modulepreload', js], ['preload', wasm]]) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    link.crossOrigin = 'anonymous';
    if (rel === 'preload') {
      link.as = 'fetch';
      link.type = 'application/wasm';
    }
    document.head.append(link);
  }
})();
