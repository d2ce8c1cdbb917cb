// Shared by the browser tests and the screenshot script: 'vidensgraf serve' on a free loopback
// port, and Debian's Chromium driven headless through playwright-core (no browser download).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/// playwright-core's chromium, or null when tests/js has not been installed (npm ci).
export async function loadChromium() {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    return null;
  }
}

/// Why the browser cannot run here, or '' when it can.
export async function browserUnavailable() {
  if (!existsSync(chromiumPath)) return `${chromiumPath} is missing (Debian package 'chromium')`;
  if (!(await loadChromium())) return "playwright-core is missing (npm ci --prefix tests/js)";
  return '';
}

export async function launchBrowser() {
  const chromium = await loadChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

/// Starts 'vidensgraf serve --port 0 DIR' and resolves to { url, stop } once it prints its address.
export function startServer(binary, dataset) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', '--host', '127.0.0.1', '--port', '0', '--threads', '4', dataset], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Also when node dies (an uncaught error, EPIPE): no server left behind.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vidensgraf serve did not start within 60 s: ${output}`));
    }, 60000);
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vidensgraf serve exited with ${code}: ${output}`));
    });
  });
}

/// Records of a CSV file (RFC 4180: quotes, doubled quotes, line breaks inside quotes).
export function readCsv(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const records = [];
  let record = [''];
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { record[record.length - 1] += '"'; ++i; }
      else if (c === '"') quoted = false;
      else record[record.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push('');
    else if (c === '\n') { records.push(record); record = ['']; }
    else if (c !== '\r') record[record.length - 1] += c;
  }
  if (record.length > 1 || record[0] !== '') records.push(record);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/// A test's checks: check() prints each and keeps the failures; finish() prints the verdict and
/// exits 0 when none failed, 1 otherwise.
export function checker() {
  const failures = [];
  return {
    check(ok, what) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (!ok) failures.push(what);
    },
    finish() {
      console.log(failures.length ? `${failures.length} check(s) failed` : 'all checks passed');
      process.exit(failures.length ? 1 : 0);
    },
  };
}
