import { useEffect, useState } from 'preact/hooks';

/** The current time in ms, refreshed every `intervalMs`, for texts like "2 min ago" or "retrying in 12 s". */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
