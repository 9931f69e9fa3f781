import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Starts the real stack (e2e/stack.sh) once for the whole run, unless CASECONF_E2E_URL points at
 * one already running, and returns the teardown that stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.CASECONF_E2E_URL) return async () => undefined;
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'stack.sh');
  const stack = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  const url = await readyUrl(stack);
  process.env.CASECONF_E2E_URL = url;
  // The tests' own handle on the stack: SIGUSR1 restarts the gateway (support.ts restartGateway).
  process.env.CASECONF_E2E_STACK_PID = String(stack.pid);
  return () => stop(stack);
}

function readyUrl(stack: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`stack not ready in 240 s:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/STACK READY (\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    stack.stdout?.on('data', onData);
    stack.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stack.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stack exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stop(stack: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (stack.exitCode !== null) return resolve();
    const force = setTimeout(() => stack.kill('SIGKILL'), 60_000);
    stack.on('exit', () => {
      clearTimeout(force);
      resolve();
    });
    stack.kill('SIGTERM');
  });
}
