// Component tests wait for what the screen shows (findBy…, waitFor), never for time. Those waits
// end as soon as the condition holds; this only bounds how long a failing one keeps trying,
// which on a busy machine must be more than Testing Library's default second.
import { configure } from '@testing-library/react'

export const ASYNC_UTIL_TIMEOUT_MS = 15_000

configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS })
