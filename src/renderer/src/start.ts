// The window's first requests, sent as soon as the page's code starts to run: main.tsx imports
// this module first, so they go out before React and the views are evaluated (about a third of
// the window's start) and the host answers them meanwhile.
import { connectApi } from './api/connect'
import { FIRST_REQUESTS, withEarlyRequests } from './api/early'

export const api = withEarlyRequests(connectApi(), FIRST_REQUESTS)
