// Samples the resident memory of a Chromium (its browser process and every child: renderers, the
// extension's service worker, the storage service) from /proc while a measurement runs, and keeps
// the peak. Linux only, like the machines the benches run on (docs/toolchain.md).
import { readdirSync, readFileSync } from 'node:fs';

const pageBytes = 4096;

function readProcesses() {
  const processes = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      processes.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        rssBytes: Number(fields[21]) * pageBytes,
        cmdline,
      });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** Resident bytes of the Chromium whose browser process was started with `profileDir`, children included. */
export function chromiumResidentBytes(profileDir) {
  const processes = readProcesses();
  const roots = processes.filter(
    (process) => process.cmdline.includes(profileDir) && !process.cmdline.includes('--type='),
  );
  const family = new Set(roots.map((process) => process.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const process of processes) {
      if (!family.has(process.pid) && family.has(process.ppid)) {
        family.add(process.pid);
        grew = true;
      }
    }
  }
  return processes.filter((process) => family.has(process.pid)).reduce((sum, process) => sum + process.rssBytes, 0);
}

/** Starts sampling every `intervalMs`; `stop()` answers the peak and the first sample, in bytes. */
export function sampleChromiumMemory(profileDir, intervalMs = 50) {
  const first = chromiumResidentBytes(profileDir);
  let peak = first;
  const timer = setInterval(() => {
    peak = Math.max(peak, chromiumResidentBytes(profileDir));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, chromiumResidentBytes(profileDir));
      return { peakBytes: peak, startBytes: first };
    },
  };
}
