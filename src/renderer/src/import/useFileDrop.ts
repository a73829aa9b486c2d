import { useEffect, useEffectEvent, useState } from 'react'

export type DropZone = 'new-draft' | 'new-revision'

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files')
}

function zoneAt(target: EventTarget | null): DropZone {
  const el = target instanceof Element ? target.closest('[data-drop-zone]') : null
  return el?.getAttribute('data-drop-zone') === 'new-revision' ? 'new-revision' : 'new-draft'
}

/** How long after the last dragover the overlay stays (a drag that left the window ends it). */
const LINGER_MS = 250

/**
 * Files dragged anywhere over the window: whether a drag is on, which zone of the drop overlay
 * is under the pointer, and the dropped files with that zone.
 */
export function useFileDrop(onDrop: (files: File[], zone: DropZone) => void): {
  readonly dragging: boolean
  readonly zone: DropZone
} {
  const [dragging, setDragging] = useState(false)
  const [zone, setZone] = useState<DropZone>('new-draft')
  const dropped = useEffectEvent(onDrop)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const end = () => {
      clearTimeout(timer)
      setDragging(false)
    }
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
      setDragging(true)
      setZone(zoneAt(e.target))
      clearTimeout(timer)
      timer = setTimeout(end, LINGER_MS)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      end()
      const files = Array.from(e.dataTransfer?.files ?? [])
      if (files.length > 0) dropped(files, zoneAt(e.target))
    }
    window.addEventListener('dragenter', over)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('dragenter', over)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return { dragging, zone }
}
