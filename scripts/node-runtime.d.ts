// Types for scripts/node-runtime.js (plain JS: it runs on whatever Node npm runs on).

export declare const REGISTRY_NODE_RANGE: string

/** Parses `engines.node`: alternatives `^X.Y.Z` or `>=X.Y.Z` joined by `||`. */
export declare function parseEngines(
  range: unknown,
): { readonly op: '^' | '>='; readonly version: number[] }[]

/** True when `version` satisfies `engines.node` (only the forms parseEngines reads). */
export declare function satisfies(version: string, range: string): boolean

/** `^22.13.0 || ^24.0.0 || >=26.0.0` in words: "22.13 or a later 22, any 24, or 26 or later". */
export declare function describeEngines(range: string): string

/** The npm package holding Node's binary for a platform and CPU. */
export declare function binaryPackage(platform: string, arch: string): string

export interface ProvideNodeOptions {
  readonly root: string
  /** The version of the Node running npm. */
  readonly outerVersion: string
  readonly platform?: string
  readonly arch?: string
  readonly env?: Record<string, string | undefined>
  /** Installs `pkg@range` into `cache` (default: npm install --prefix cache). */
  readonly fetch?: (
    cache: string,
    pkg: string,
    range: string,
    env: Record<string, string | undefined>,
  ) => void
}

/** Decides and does what the install needs; returns the one line to print, or null. */
export declare function provideNode(options: ProvideNodeOptions): {
  readonly line: string | null
  readonly ok: boolean
}
