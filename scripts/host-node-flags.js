// How the browser host (out/main/serve.js) is started, by `npm run serve` / `npm start`
// (scripts/serve.js) and by the benches (bench/host.ts), so both run the same host. Issue 13
// bounds the host's memory (RSS ≤ 300 MB with a 5,000-draft library); these two settings took
// about 100 MB off what V8 and the C library keep beyond what the host holds (docs/benchmarks.md).

/**
 * --max-semi-space-size=8: V8 lets a heap's young generation grow to 64 MB per half (128 MB in
 * all) under a burst of allocation that survives, as when the host reads a big library's search
 * index, and keeps it. Capped at 8 MB per half it is collected more often (each collection a
 * fraction of a millisecond) and stays small. V8's flags are the process's: the host's worker
 * threads get the same cap, except a worker that asks for a young generation of its own in its
 * resourceLimits (the readiness pass's, 4 MB), which src/core/workers/pool.ts gives it.
 *
 * --expose-gc: the host collects its garbage once, right after reading a big library's search
 * index (its file's bytes and text, 27 MB each at 5,000 drafts, are garbage then, and V8 left
 * them for minutes while the readiness pass kept the host busy): src/core/store/library-search.ts.
 */
export const HOST_NODE_FLAGS = ['--max-semi-space-size=8', '--expose-gc']

/**
 * MALLOC_ARENA_MAX=2 (glibc, Linux): the C library gives each thread that allocates (the host's
 * worker threads, V8's and libuv's helpers) an arena of its own, and memory freed in one is not
 * given back to the system while any of it is used; two arenas in all keep that bounded. Other
 * C libraries ignore it. A value the person set themselves is kept.
 */
export function hostEnv(env = process.env) {
  return { MALLOC_ARENA_MAX: '2', ...env }
}
