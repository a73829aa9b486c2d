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
 * given back to the system while any of it is used; two arenas in all keep that bounded.
 *
 * MALLOC_MMAP_THRESHOLD_=131072 (glibc): a block of 128 KB or more is mapped on its own and given
 * back to the system when freed. That is glibc's default, but by default it moves: freeing such a
 * block raises the threshold to the block's size (up to 32 MB) and the threshold for trimming the
 * arenas to twice that. The host frees a 27 MB block once it has read a 5,000-draft library's
 * search index, and the language model frees an 8 MB one as it loads (on main and on the
 * readiness pass's worker): from then on blocks up to 27 MB came from the arenas and nothing under
 * 54 MB was trimmed, and the host kept about 20–30 MB it had freed (`malloc_trim` given from a
 * debugger took 21 MB back). Set, the threshold stays where it is (docs/benchmarks.md).
 *
 * Other C libraries ignore both. A value the person set themselves is kept.
 */
export function hostEnv(env = process.env) {
  return { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', ...env }
}
