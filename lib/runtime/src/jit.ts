/**
 * When V8 optimises a service's code. V8 tiers a function up by how often it ran: Maglev after 400 calls, TurboFan
 * after 3,000, and after every change of a call site's type feedback it waits 500 more calls. Those counts suit a
 * browser page or a hot loop. A service runs most of its code once per message or call (lib/tm's unit of work,
 * lib/am's delivery, a handler, the logger): at 50 messages a second that code needs a minute or more of steady load
 * to reach TurboFan, and it starts over after each change of the load. In the benchmark's saturation runs most of a
 * service's JavaScript still ran in Sparkplug and Maglev code, with V8's inline-cache builtins the largest items of
 * its profile (docs/performance.md, sixteenth round).
 *
 * `SERVICE_V8_FLAGS` lowers the TurboFan count, so that the per-message path is optimised after some hundreds of
 * messages. `main()` sets it once the service is ready: start-up code (migrations, proto parsing) runs only for a
 * while and would otherwise be compiled too, for code space an idle service keeps (lowering Maglev's count as well
 * took idle RSS from 107–114 to 109–119 MB). The flag changes only when code is compiled. V8's flags cannot go into
 * NODE_OPTIONS (Node refuses them there), so it is set in-process, as `--expose-gc` is for the memory release
 * (memory.ts).
 */
import v8 from 'node:v8';

/** The TurboFan tier-up count of every service process (V8's default: 3,000). */
export const SERVICE_V8_FLAGS = ['--invocation-count-for-turbofan=500'] as const;

/** Applies `SERVICE_V8_FLAGS` to this process. */
export function tuneJit(flags: readonly string[] = SERVICE_V8_FLAGS): void {
  v8.setFlagsFromString(flags.join(' '));
}
