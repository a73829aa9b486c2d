import { describe, expect, it } from 'vitest'
import { nextTurn } from './turn'

describe('nextTurn', () => {
  it('lets steps waiting at once go one per time round the loop, first come first served', async () => {
    // A ticker counts the times round the loop (one immediate per check phase).
    let rounds = 0
    let ticking = true
    const tick = () => {
      rounds++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const at: number[] = []
    const order: string[] = []
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        await nextTurn()
        at.push(rounds)
        order.push(name)
      }),
    )
    ticking = false
    expect(order).toEqual(['a', 'b', 'c'])
    // Each step had a time round the loop (its timers and I/O) of its own after the one before.
    expect(at[1]).toBeGreaterThan(at[0] as number)
    expect(at[2]).toBeGreaterThan(at[1] as number)
  })

  it('lets a timer due between two steps run between them', async () => {
    const events: string[] = []
    const first = nextTurn().then(() => {
      events.push('first')
      // Work that outlasts the timer's delay: the timer is due before the next step.
      const until = Date.now() + 5
      while (Date.now() < until);
    })
    const second = nextTurn().then(() => events.push('second'))
    const timer = new Promise<void>((resolve) =>
      setTimeout(() => {
        events.push('timer')
        resolve()
      }, 1),
    )
    await Promise.all([first, second, timer])
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('second'))
  })
})
