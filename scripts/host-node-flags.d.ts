// Types for scripts/host-node-flags.js (plain JS: scripts/serve.js runs it without a build).

/** Node options the browser host is started with (scripts/serve.js, bench/host.ts). */
export declare const HOST_NODE_FLAGS: readonly string[]

/** The environment the browser host is started with: `env` with the C library's settings. */
export declare function hostEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv
