// Browser entry of the emulator bundle: exposes installOfficeGlobals for the office.js stand-in script.
import { installOfficeGlobals } from "../../testkit/emulator";

(globalThis as unknown as { __jxzpEmulator: unknown }).__jxzpEmulator = { installOfficeGlobals };
