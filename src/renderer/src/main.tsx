import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource-variable/inter'
import '@fontsource-variable/source-serif-4/opsz.css'
import '@fontsource-variable/source-serif-4/opsz-italic.css'
import './styles/index.css'
import { connectApi, isElectron } from './api/connect'
import { FIRST_REQUESTS, withEarlyRequests } from './api/early'
import { App } from './app/App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
// The first answers are on their way while React renders the shell.
const api = withEarlyRequests(connectApi(), FIRST_REQUESTS)
createRoot(root).render(
  <StrictMode>
    <App api={api} electron={isElectron()} />
  </StrictMode>,
)
