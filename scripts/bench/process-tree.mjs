// Memory of a process and all its descendants, read from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';

function children() {
  const byParent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(parent, [...(byParent.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function rssBytes(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `pid` and every process below it. */
function treePids(pid) {
  const byParent = children();
  const pids = [];
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop();
    pids.push(next);
    stack.push(...(byParent.get(next) ?? []));
  }
  return pids;
}

/** Resident memory of `pid` and every process below it, summed. */
export function treeRss(pid) {
  return treePids(pid).reduce((total, next) => total + rssBytes(next), 0);
}

/** A process's name for a report: its title if it set one (`next-build`), else its script's file name. */
function processName(pid) {
  try {
    const [first, second] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return /(^|\/)node$/.test(first) && second ? second.split('/').pop() : (first ?? String(pid));
  } catch {
    return String(pid);
  }
}

/**
 * Samples the tree of `pid` every `ms` until stopped. `stop()` returns the peak of the tree's
 * sum, and each process's own peak, largest first: the sum's peak depends on whether the
 * processes' peaks meet, which a single figure hides (docs/BENCHMARKS.md).
 */
export function watchPeak(pid, ms = 250) {
  let peak = 0;
  const own = new Map();
  const timer = setInterval(() => {
    let total = 0;
    for (const next of treePids(pid)) {
      const bytes = rssBytes(next);
      total += bytes;
      const seen = own.get(next);
      if (!seen || bytes > seen.bytes) own.set(next, { name: processName(next), bytes });
    }
    peak = Math.max(peak, total);
  }, ms);
  return () => {
    clearInterval(timer);
    return { peak, processes: [...own.values()].sort((a, b) => b.bytes - a.bytes) };
  };
}
