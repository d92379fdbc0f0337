// Step 9: the scripts that start the page, files of their own so that no
// inline script is needed (a strict CSP forbids it).
// - boot-<hash>.js, a module, starts the wasm and says the truth when it
//   cannot: a browser below the floor (no WebAssembly, or one that fails
//   the floor's probe) gets #boot-old; one that compiles no WebAssembly at
//   all here (the site's Content-Security-Policy forbids it) #boot-blocked;
//   a download that broke or arrived damaged #boot-failed, with a retry
//   that starts the page without a reload. The build writes the messages
//   into the page from the strings table (src/markup/start_up.rs); each
//   of the widget's says in `data-status` what the opening's progress
//   line says while it shows.
// - nomodule-<hash>.js, a classic script in ES5, runs only where modules
//   do not (Internet Explorer, a dual-core browser's IE mode) and shows
//   #boot-old there.

// A module of WebAssembly 1.0 that imports a mutable global: every engine
// at the floor validates it, and none below.
const FLOOR_PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 2, 8, 1, 1, 97, 1, 98, 3, 127, 1];
// The empty module: any engine compiles it, unless compiling is forbidden.
const EMPTY_MODULE = [0, 97, 115, 109, 1, 0, 0, 0];

// Shared by both scripts (written in ES5 for the second): shows the
// message of `id` ('boot-old', 'boot-blocked' or 'boot-failed'), fills in the page's address
// to copy, and says in the opening's progress line that the page did not start.
const showMessage = `function showMessage(id) {
  var ids = ['boot-old', 'boot-blocked', 'boot-failed'];
  for (var i = 0; i < ids.length; i++) {
    var message = document.getElementById(ids[i]);
    if (message) message.hidden = ids[i] !== id;
  }
  var address = document.querySelectorAll('.boot-address');
  for (var j = 0; j < address.length; j++) address[j].value = location.href;
  var loading = document.getElementById('loading');
  if (loading) loading.hidden = true;
  var status = document.querySelector('#prerendered .progress-text');
  var shown = document.getElementById(id);
  var said = shown && shown.getAttribute('data-status');
  if (status && said) status.textContent = said;
}`;

/**
 * The boot module's text for a page whose glue is `glue` and main module
 * `wasm`. `largeTextKey`: the localStorage key of the large-text choice,
 * applied at once. `opening`: the page opens with its questions written
 * in; the wasm is fetched once they are painted, and a fragment that
 * begins with one of `readOnlyMarkers` (a result opened from a link)
 * disables them.
 */
export function bootScript({ glue, wasm, opening, readOnlyMarkers, largeTextKey }) {
  return `// Starts the page. A file of its own, so that no inline script is needed.
const glue = './${glue}';
const wasm = new URL('./${wasm}', import.meta.url);

// Large text chosen in an earlier visit, before the wasm arrives: the
// page is answered in it meanwhile, and nothing moves when it starts.
try {
  if (localStorage.getItem(${JSON.stringify(largeTextKey)}) === '1') document.documentElement.classList.add('large-text');
} catch {
  // Storage refused: the page opens in normal text.
}
${opening ? `
// A result opened from a link is shown read-only: the opening's answers
// are disabled until the widget shows it in their place.
const fragment = location.hash.slice(1);
if (${JSON.stringify(readOnlyMarkers)}.some((marker) => fragment.startsWith(marker))) {
  for (const radio of document.querySelectorAll('#prerendered input')) radio.disabled = true;
}
` : ''}
${showMessage}

// The wasm, compiled. A CompileError is a browser below the floor where it
// fails the floor's probe; where it passes, compiling forbidden if even the
// empty module does not compile, and otherwise a damaged download.
async function compiled(retry) {
  const response = await fetch(wasm, retry ? { cache: 'no-cache' } : {});
  if (!response.ok) throw new Error(\`\${wasm}: \${response.status}\`);
  try {
    // A server that sends wasm without its type (common on government
    // sites) makes compileStreaming fail: there it is compiled whole.
    return (response.headers.get('Content-Type') || '').startsWith('application/wasm')
      ? await WebAssembly.compileStreaming(response)
      : await WebAssembly.compile(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof WebAssembly.CompileError) {
      if (!WebAssembly.validate(new Uint8Array(${JSON.stringify(FLOOR_PROBE)}))) error.messageId = 'boot-old';
      else if (!compiles(new Uint8Array(${JSON.stringify(EMPTY_MODULE)}))) error.messageId = 'boot-blocked';
    }
    throw error;
  }
}

function compiles(bytes) {
  try {
    return new WebAssembly.Module(bytes) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

let state = 'waiting';
let loadingText;
// Started once by the page (whichever of its triggers comes first), and
// again only by a retry after a failure.
async function start(retry) {
  if (state !== (retry ? 'failed' : 'waiting')) return;
  state = 'starting';
  const status = document.querySelector('#prerendered .progress-text');
  if (retry) {
    document.getElementById('boot-failed').hidden = true;
    if (status && loadingText !== undefined) status.innerHTML = loadingText;
  }
  try {
    const [module, { default: init }] = await Promise.all([compiled(retry), import(glue)]);
    // Compiled, then started in a task of its own: on a slow phone each is
    // a long task, together a longer one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await init({ module_or_path: module });
    state = 'started';
    const loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
  } catch (error) {
    // A trap is the page failing (it shows its own message), not the browser.
    if (error instanceof WebAssembly.RuntimeError) throw error;
    state = 'failed';
    if (status && loadingText === undefined) loadingText = status.innerHTML;
    console.warn('The page could not start:', error);
    showMessage(error.messageId || 'boot-failed');
  }
}

for (const button of document.querySelectorAll('.boot-retry')) button.addEventListener('click', () => start(true));

if (typeof WebAssembly !== 'object' || typeof WebAssembly.compile !== 'function') {
  showMessage('boot-old');
} else ${opening ? `{
  // Fetched once the written opening is painted (the frame after the
  // first), so that on a slow line the page and its stylesheet do not
  // share the line with the wasm. (A timer too: an off-screen frame may
  // not paint.)
  requestAnimationFrame(() => requestAnimationFrame(() => start(false)));
  setTimeout(() => start(false), 200);
}` : 'start(false);'}
`;
}

/** The classic script for browsers without modules. */
export function nomoduleScript() {
  return `// Runs only where modules do not (Internet Explorer, IE mode): the page cannot start there.
(function () {
${showMessage}
showMessage('boot-old');
})();
`;
}
