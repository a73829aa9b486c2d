// A Galley on a shared library that edits and syncs until it is killed (kill -9 during sync
// tests). Prints "ack <draftId> <title>" once each rename is acknowledged, "synced" after each
// completed sync.
import { openCore } from '../../src/core'

const [dir] = process.argv.slice(2)
if (!dir) throw new Error('usage: team-sync-child DIR')
const core = await openCore({
  libraryPath: dir,
  mode: 'browser',
  version: 'kill-test',
  emit: () => undefined,
  seedSample: false,
})
const list = await core.dispatch('drafts:list', { view: 'active' })
if (!list.ok) throw new Error(list.error.message)
const ids = (list.value as { id: string }[]).map((d) => d.id)
process.stdout.write('ready\n')
for (let i = 0; ; i++) {
  const id = ids[i % ids.length] ?? ''
  const title = `Child ${process.pid} ${i}`
  const renamed = await core.dispatch('drafts:rename', { id, title })
  if (renamed.ok) process.stdout.write(`ack ${id} ${title}\n`)
  const synced = await core.dispatch('team:sync', {})
  if (synced.ok) process.stdout.write('synced\n')
}
