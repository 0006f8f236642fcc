/**
 * Running one command the way the benchmark measures it: wall time from our own clock, peak
 * resident memory from GNU time (the largest process in the tree), and the moment each log
 * line appeared, so a build's phases can be told apart afterwards.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LogLine {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface Run {
  seconds: number;
  peakBytes: number;
  lines: LogLine[];
}

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string }): Promise<Run> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) lines.push({ at, text });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  fs.writeFileSync(options.log, lines.map((l) => `${l.at.toFixed(2)}\t${l.text}`).join('\n') + '\n');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; log: ${options.log}`);
  const kib = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  fs.rmSync(timeFile, { force: true });
  return { seconds, peakBytes: kib * 1024, lines };
}

/** Seconds at which the first line matching `pattern` appeared, if any did. */
export function lineTime(run: Run, pattern: RegExp): number | undefined {
  return run.lines.find((l) => pattern.test(l.text))?.at;
}

export function dirBytes(dir: string, skip?: string): number {
  let total = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (skip && full === skip) continue;
    total += item.isDirectory() ? dirBytes(full, skip) : fs.statSync(full).size;
  }
  return total;
}

export function countFiles(dir: string, ext: string): number {
  let n = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (item.isFile() && item.name.endsWith(ext)) n++;
  return n;
}
