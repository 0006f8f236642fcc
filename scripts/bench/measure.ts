/**
 * Running one command the way the benchmark measures it: wall time from our own clock, peak
 * resident memory of the whole process tree (the build draws its share images in child
 * processes, and GNU time reports only the largest process), and the moment each log line
 * appeared, so a build's phases can be told apart afterwards.
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

/** Every process's parent, from /proc (Linux, as the benchmark machine). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // After the command, which is in parentheses and may hold spaces: state, then the parent.
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return parentOf;
}

/** Resident memory of a process and all its descendants, summed, in bytes. */
function treeResidentBytes(root: number): number {
  const parentOf = parents();
  const inTree = (pid: number): boolean => pid === root || (parentOf.has(pid) && pid > 1 && inTree(parentOf.get(pid)!));
  let total = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** How often the tree's memory is read: often enough for phases of seconds, cheap next to a build. */
const MEMORY_SAMPLE_MS = 250;

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
  let treePeak = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) treePeak = Math.max(treePeak, treeResidentBytes(child.pid));
  }, MEMORY_SAMPLE_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  fs.writeFileSync(options.log, lines.map((l) => `${l.at.toFixed(2)}\t${l.text}`).join('\n') + '\n');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; log: ${options.log}`);
  const kib = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  fs.rmSync(timeFile, { force: true });
  // The sampled tree misses a peak shorter than a sample; the largest process's own peak cannot.
  return { seconds, peakBytes: Math.max(kib * 1024, treePeak), lines };
}

/** Seconds at which the first line matching `pattern` appeared (from `after` seconds on), if any did. */
export function lineTime(run: Run, pattern: RegExp, after = 0): number | undefined {
  return run.lines.find((l) => l.at >= after && pattern.test(l.text))?.at;
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
