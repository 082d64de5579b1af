import { spawn } from 'node:child_process';

/** Runs a command with the terminal's stdio (the human-readable reporters) and returns its exit code. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (code: number) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code);
    };
    child.once('exit', (code, signal) => {
      done(code ?? (signal === null ? 1 : 128 + 2));
    });
    child.once('error', (err) => {
      console.error(`[test] could not run ${command}: ${err.message}`);
      done(127);
    });
  });
}
