import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './api/client';
import { defaultTransport } from './api/transports';
import { listenForMenuCommands } from './desktop-menu';
import { createAppStore } from './stores/app';
import { StoreProvider } from './stores/context';
import './styles.css';
import './theme-dark.css';

const store = createAppStore(createClient(defaultTransport()));
void store.getState().load();
// Desktop only: File → Import Notes… and Help → Keyboard Shortcuts.
listenForMenuCommands(store.getState());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
