// Cleanups (stop wrangler, close Chromium, delete temp dirs) that must also run on Ctrl-C.
const cleanups = new Set();
let isHooked = false;

/** Registers a cleanup run once if the process is interrupted; answers a function that unregisters it. */
export function onInterrupt(cleanup) {
  if (!isHooked) {
    isHooked = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, async () => {
        // Newest first: stop what runs before deleting the folders it runs from.
        await Promise.allSettled([...cleanups].reverse().map((run) => run()));
        process.exit(130);
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
