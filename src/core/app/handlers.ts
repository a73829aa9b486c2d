import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import type { HandlerContext } from '../handlers'

type AppChannel = Extract<ChannelName, `app:${string}`>

/** What the window asks first (the version, the mode and the library's problems), and settings. */
export function appHandlers(ctx: HandlerContext): Pick<Handlers, AppChannel> {
  return {
    'app:info': async () => ({
      version: ctx.version,
      mode: ctx.mode,
      libraryPath: ctx.library.dir,
      problems: [...ctx.library.problems.all],
    }),
    'app:openLibrary': async ({ folder }) => {
      if (!ctx.openLibrary) {
        throw new GalleyError(
          'invalid-input',
          'This Galley cannot open another library while it runs: start it with --library.',
        )
      }
      return { libraryPath: await ctx.openLibrary(folder) }
    },
    'app:setSettings': async ({ suggestionsBlockReadiness }) => {
      const { settings, readiness } = ctx.library
      settings.data.suggestionsBlockReadiness = suggestionsBlockReadiness
      await settings.write()
      // Every draft's readiness may change: the list works each one out again.
      readiness.answers.clear()
      readiness.changed()
      ctx.emit('library:changed', { draftId: null, reason: 'settings' })
      return { suggestionsBlockReadiness }
    },
  }
}
