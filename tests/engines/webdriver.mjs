// A small client of W3C WebDriver over HTTP (Node's fetch), for the engines
// Playwright cannot drive here: Firefox ESR through geckodriver, and
// WebKitGTK's MiniBrowser through WebKitWebDriver (which has no BiDi).
// Starts the driver (and, for WebKit, a display), opens one session, and
// gives the few commands the journey needs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines, each with its driver, the driver's arguments and the session's capabilities. */
export const ENGINES = {
  firefox: {
    driver: 'geckodriver',
    args: (port) => ['--port', String(port), '--host', '127.0.0.1'],
    capabilities: (profile) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-profile', profile],
        // No update checks or telemetry: the machine has no network.
        prefs: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'network.dns.disableIPv6': true },
      },
    }),
  },
  webkit: {
    driver: 'WebKitWebDriver',
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    display: true,
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `program`; its output is kept for the error message if it dies early. */
function launch(program, args, env) {
  const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  child.stdout.on('data', (d) => { child.output += d; });
  child.stderr.on('data', (d) => { child.output += d; });
  return child;
}

/** An open session of `engine` ('firefox' or 'webkit'); close it with `quit()`. */
export async function openSession(engine, port) {
  const spec = ENGINES[engine];
  const started = [];
  const profile = mkdtempSync(join(tmpdir(), `${engine}-profile-`));
  const env = {};
  if (spec.display) {
    if (!existsSync(MINIBROWSER)) throw new Error(`${MINIBROWSER} is missing (scripts/setup.sh --browser installs it)`);
    const display = `:${90 + (port % 9)}`;
    started.push(launch('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']));
    env.DISPLAY = display;
    await sleep(500);
  }
  const driver = launch(spec.driver, spec.args(port), env);
  started.push(driver);
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    for (const child of started.reverse()) child.kill();
    rmSync(profile, { recursive: true, force: true });
  };

  async function command(method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  // The driver takes a moment to listen.
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      if (attempt > 100 || driver.exitCode !== null) {
        stop();
        throw new Error(`${spec.driver} did not start: ${driver.output}`);
      }
      await sleep(100);
    }
  }
  let id;
  try {
    ({ sessionId: id } = await command('POST', '/session', { capabilities: { alwaysMatch: spec.capabilities(profile) } }));
  } catch (error) {
    stop();
    throw error;
  }
  const session = (method, path, body) => command(method, `/session/${id}${path}`, body);
  const element = (value) => value[ELEMENT];

  const browser = {
    engine,
    /** Opens `url` and waits for its load. */
    goto: (url) => session('POST', '/url', { url }),
    /** Runs `script` (a function body) with `args`; returns its value (a promise's, if it returns one). */
    run: (script, ...args) => session('POST', '/execute/sync', { script, args }),
    /** The element of `selector`, or an error naming it. */
    find: async (selector) => element(await session('POST', '/element', { using: 'css selector', value: selector })),
    /** Clicks the element of `selector`, scrolled into view at once first (WebKitWebDriver refuses a click during a smooth scroll). */
    async click(selector) {
      const target = await browser.find(selector);
      await browser.run('arguments[0].scrollIntoView({ block: "center", behavior: "instant" });', { [ELEMENT]: target });
      await session('POST', `/element/${target}/click`, {});
    },
    /** Types `text` into the element of `selector`: a file input takes a file's path. */
    async type(selector, text) {
      const target = await browser.find(selector);
      await session('POST', `/element/${target}/value`, { text });
    },
    /** The value of the JS expression `expression`. */
    value: (expression, ...args) => browser.run(`return (${expression});`, ...args),
    /** Waits until the JS expression `expression` is truthy; returns its value. */
    async until(expression, what, ...args) {
      let last;
      for (let waited = 0; waited < 15_000; waited += 100) {
        try {
          last = await browser.value(expression, ...args);
          if (last) return last;
        } catch (error) {
          last = error.message;
        }
        await sleep(100);
      }
      throw new Error(`${engine}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    },
    /** Sets the window's outer size, in CSS pixels. */
    resize: (width, height) => session('POST', '/window/rect', { width, height }),
    /** The viewport as a PNG, base64. */
    screenshot: () => session('GET', '/screenshot'),
    async quit() {
      try {
        await session('DELETE', '');
      } finally {
        stop();
      }
    },
  };
  return browser;
}
