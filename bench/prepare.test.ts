import { describe, expect, it } from 'vitest'
import { prepareBench } from './prepare'

describe('prepareBench', () => {
  it('builds Galley first, then finds a Chromium', () => {
    const steps: string[] = []
    prepareBench({
      build: () => {
        steps.push('build')
        return { status: 0, output: '✓ built in 1.5s' }
      },
      chromium: () => {
        steps.push('chromium')
        return '/usr/bin/chromium'
      },
      write: (text) => steps.push(`wrote ${text}`),
    })
    expect(steps).toEqual(['build', 'chromium'])
  })

  it('stops with one line, after the build’s own errors, when the build fails', () => {
    const steps: string[] = []
    expect(() =>
      prepareBench({
        build: () => ({ status: 1, output: 'src/main/index.ts: error\n' }),
        chromium: () => {
          steps.push('chromium')
          return '/usr/bin/chromium'
        },
        write: (text) => steps.push(`wrote ${text}`),
      }),
    ).toThrow(new Error('Building Galley for the benchmarks failed; see the errors above.'))
    expect(steps).toEqual(['wrote src/main/index.ts: error\n'])
  })

  it('passes on the one-line reason when there is no Chromium', () => {
    expect(() =>
      prepareBench({
        build: () => ({ status: 0, output: '' }),
        chromium: () => {
          throw new Error('Galley found no Chromium or Chrome: install one.')
        },
      }),
    ).toThrow('Galley found no Chromium or Chrome: install one.')
  })
})
