import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'

type AppChannel = Extract<ChannelName, `app:${string}`>

/** What the window asks first: the version, the mode and the library's problems. */
export function appHandlers(ctx: HandlerContext): Pick<Handlers, AppChannel> {
  return {
    'app:info': async () => ({
      version: ctx.version,
      mode: ctx.mode,
      libraryPath: ctx.library.dir,
      problems: [...ctx.library.problems.all],
    }),
  }
}
