import { useEffect, useEffectEvent } from 'react'
import type { EventName, EventPayload } from '@shared/contract'
import { useApi } from './context'

/** Calls `listener` for each `event` from main while the component is mounted. */
export function useGalleyEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const api = useApi()
  const onEvent = useEffectEvent(listener)
  useEffect(() => api.on(event, (payload) => onEvent(payload)), [api, event])
}
