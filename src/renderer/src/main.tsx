// First: it sends the window's first requests (start.ts).
import { api } from './start'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource-variable/inter'
import '@fontsource-variable/source-serif-4/opsz.css'
import '@fontsource-variable/source-serif-4/opsz-italic.css'
import './styles/index.css'
import { isElectron } from './api/connect'
import { earlyAnswers } from './api/early'
import { App } from './app/App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
// The first answers are asked for at once; the window renders when they are in (usually a few
// milliseconds), or after EARLY_WAIT_MS with loading states where they are not.
const EARLY_WAIT_MS = 150
void earlyAnswers(api, EARLY_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App api={api} electron={isElectron()} />
    </StrictMode>,
  ),
)
