/**
 * When V8 optimises a service's code. V8 tiers a function up by how often it ran: Maglev after 400 calls, TurboFan
 * after 3,000, and after every change of a call site's type feedback it waits 500 more calls. Those counts suit a
 * browser page or a hot loop. A service runs most of its code once per message or call (lib/tm's unit of work,
 * lib/am's delivery, a handler, the logger): at 50 messages a second that code needs a minute or more of steady load
 * to reach TurboFan, and it starts over after each change of the load. In the benchmark's saturation runs most of a
 * service's JavaScript still ran in Sparkplug and Maglev code, with V8's inline-cache builtins the largest items of
 * its profile (docs/performance.md, sixteenth round).
 *
 * `tuneJit` lowers the TurboFan count (`JIT_TURBOFAN_CALLS`), so that the per-message path is optimised after some
 * hundreds of messages. `main()` sets it once the service is ready: start-up code (migrations, proto parsing) runs
 * only for a while and would otherwise be compiled too, for code space an idle service keeps (lowering Maglev's count
 * as well, from the start, took idle RSS up to 119 MB where it is 106–116 MB). The flag changes only when code is
 * compiled. V8's flags cannot go into NODE_OPTIONS (Node refuses them there), so it is set in-process, as
 * `--expose-gc` is for the memory release (memory.ts).
 */
import v8 from 'node:v8';

/**
 * Sets V8's TurboFan count to `turbofanCalls` (the service's `JIT_TURBOFAN_CALLS`, 500 by default); 0 leaves V8's
 * own count (3,000).
 */
export function tuneJit(turbofanCalls: number): void {
  if (turbofanCalls > 0) v8.setFlagsFromString(`--invocation-count-for-turbofan=${turbofanCalls}`);
}
