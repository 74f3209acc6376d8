import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  os: string;
  filesystem: string;
  node: string;
  sqlite: string;
}

export const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? os.type()} (kernel ${os.release()}, ${os.arch()})`;
  } catch {
    return `${os.type()} ${os.release()} ${os.arch()}`;
  }
}

function cpuModel(): string {
  try {
    return (
      /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
    );
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

/** The filesystem the register lives on matters for the durable save (fsync). */
function filesystemOf(dir: string): string {
  try {
    return (
      execFileSync('df', ['--output=fstype,source', dir], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()
        ?.trim()
        .replace(/\s+/, ' on ') ?? 'unknown'
    );
  } catch {
    return 'unknown';
  }
}

export type Host = Omit<Machine, 'filesystem' | 'sqlite'>;

/** The machine without a register: CPUs, RAM, OS, Node. */
export function describeHost(): Host {
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpuModel(),
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
  };
}

export function describeMachine(sqlite: Database.Database, dataDir: string): Machine {
  return {
    ...describeHost(),
    filesystem: filesystemOf(dataDir),
    sqlite: (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
  };
}
