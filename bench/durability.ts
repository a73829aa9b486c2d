import { join } from 'node:path'
import { runKillLoop } from '../test/harness/kill-loop'
import type { Result } from './report'

const SERVE = join(import.meta.dirname, '..', 'out', 'main', 'serve.js')

/**
 * kill -9 durability: the built browser host is killed with SIGKILL at random moments while
 * three writers create drafts, save revisions, mark claims and set verdicts over HTTP (200 kills;
 * 10 in a smoke run). After each kill, with the host stopped, every draft file must parse and
 * hold every write the host had acknowledged; then the next start must take over the lock.
 */
export async function durabilityBench(smoke: boolean): Promise<Result[]> {
  const report = await runKillLoop({ serveEntry: SERVE, kills: smoke ? 10 : 200, seed: 20_260 })
  process.stderr.write(
    `  ${report.kills} kills (${report.startupKills} during start-up), ${report.acknowledged} acknowledged writes, ${report.inFlightAtKill} in flight at a kill, ${report.tempLeftovers} temp files left and removed, ${report.staleLocks} stale locks taken over\n`,
  )
  for (const failure of report.failures.slice(0, 10)) process.stderr.write(`  ${failure}\n`)
  return [
    {
      name: `kill -9 durability: kills survived (of ${report.kills})`,
      value: report.survived / Math.max(1, report.kills),
      unit: 'ratio',
      target: 1,
      better: 'higher',
    },
    {
      name: 'kill -9 durability: acknowledged writes lost',
      value: report.lost,
      unit: 'writes',
      target: 0,
      better: 'lower',
    },
  ]
}
