import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Round 32: rankings against the speaker's own experience (endorse.ts). Short texts written for
// these tests (invented products, people and places), with look-alikes that must not be proposed.

describe('a thing ranked against what the speaker has tried, used or eaten', () => {
  const md = [
    'Honestly, these are the comfiest boots I have ever owned.',
    '',
    'The Marlow kettle is the quietest one we’ve had in the house.',
    '',
    'I bought the Pellow on a whim. It is the best coffee grinder I have used at this price.',
    '',
    '“It’s the smoothest ride I’ve ever had on a trainer,” she said.',
    '',
    'On the last night I ate the finest oysters of my life at a shack by the pier.',
    '',
    'Best £20 I’ve spent all year.',
  ].join('\n')

  it('proposes the ranking, in a post, a letter, a quote or the writer’s prose', () => {
    expect(
      proposals(md, [
        'the comfiest boots I have ever owned',
        'the quietest one we’ve had',
        'the best coffee grinder I have used',
        'the smoothest ride I’ve ever had',
        'the finest oysters of my life',
        'Best £20 I’ve spent all year',
      ]).missed,
    ).toEqual([])
  })
})

describe('"only … ever", "nothing else comes close", "never … better"', () => {
  const md = [
    'It’s the only charger I’ll ever buy again.',
    '',
    'These are the only socks I’ve ever forgotten I was wearing.',
    '',
    'I have tried most of the big names. Nothing else on the market comes close.',
    '',
    'No other blender I’ve used compares.',
    '',
    'We have never slept on a better mattress.',
    '',
    'If you cycle in the rain, there is no better jacket for the money.',
  ].join('\n')

  it('proposes an exclusive ranking and a ranking by denying any rival', () => {
    expect(
      proposals(md, [
        'the only charger I’ll ever buy again',
        'the only socks I’ve ever forgotten',
        'Nothing else on the market comes close',
        'No other blender I’ve used compares',
        'never slept on a better mattress',
        'no better jacket',
      ]).missed,
    ).toEqual([])
  })
})

describe('rankings that are no endorsement of a thing', () => {
  const md = [
    'It was the oddest year I’ve had.',
    '',
    'That was the best advice I ever had.',
    '',
    'He’s the fastest bowler I’ve faced.',
    '',
    'The best one I’ve used is the Halden.',
    '',
    'It’s the only thing I miss about the old flat.',
    '',
    'It’s the only tea I’ve ever bought twice.',
    '',
    'It’s the only coat I trust in a storm.',
    '',
    'Nothing came close to winning in the second half.',
    '',
    'I have never found a better summary of the job.',
    '',
    'It was the happiest day of my life.',
    '',
    'It was the best curry we had on the whole trip.',
    '',
    'The walk to the harbour is the best thing I have done all week.',
    '',
    'That is the nicest card I have ever been sent.',
    '',
    'Rationing the heating is the easiest saving I know.',
  ].join('\n')

  it('leaves a person, a span of time, advice, a pick named as subject, a habit, a meal once had and a reaction', () => {
    expect(
      proposals(md, [
        'the oddest year I’ve had',
        'the best advice I ever had',
        'the fastest bowler I’ve faced',
        'The best one I’ve used',
        'the only thing I miss',
        'the only tea I’ve ever bought twice',
        'the only coat I trust',
        'Nothing came close to winning',
        'never found a better summary',
        'the happiest day of my life',
        'the best curry we had',
        'the best thing I have done',
        'the nicest card I have ever been sent',
        'the easiest saving I know',
      ]).proposed,
    ).toEqual([])
  })
})
