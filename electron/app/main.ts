// The desktop app's entry point (out/main/main.js). Everything it does is in desktop.ts, which tests run under
// Node against a stand-in for the 'electron' module.
import { startDesktop } from './desktop';

startDesktop();
