import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { serveLocale } from './serve-locale';

// Tests read English unless one switches to French for a while.
await serveLocale('en');

// findBy… and waitFor give up after 1 s by default: the workspace app reads IndexedDB and rebuilds a
// project's analysis before it draws, which takes longer on a loaded CI machine than on a quiet one.
// A wait that succeeds returns as soon as it does, so a longer ceiling costs nothing when all is well.
configure({ asyncUtilTimeout: 5_000 });
