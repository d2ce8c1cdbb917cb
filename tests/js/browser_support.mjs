// Shared by the browser test and the screenshot script: 'vidensgraf serve' on a free loopback
// port, and Debian's Chromium driven headless through playwright-core (no browser download).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

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
