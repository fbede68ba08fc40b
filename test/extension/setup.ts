import 'fake-indexeddb/auto';
import { serveLocale } from './serve-locale';

// Tests read English unless one switches to French for a while.
await serveLocale('en');
