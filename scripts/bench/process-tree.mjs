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

/** Resident memory of `pid` and every process below it, summed. */
export function treeRss(pid) {
  const byParent = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop();
    total += rssBytes(next);
    stack.push(...(byParent.get(next) ?? []));
  }
  return total;
}

/** Samples treeRss(pid) every `ms` until stopped; `stop()` returns the peak. */
export function watchPeak(pid, ms = 250) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, ms);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
