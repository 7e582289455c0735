// The desktop menu items whose work happens in the page (electron/app/channels.ts lists them). In web mode there
// is no bridge and nothing happens. The preload has already checked each message's shape.
import type { MenuMessage } from '../../electron/app/channels';

interface MenuBridge {
  onMenuCommand?(listener: (message: MenuMessage) => void): () => void;
}

export interface MenuHandlers {
  importLearnerNotes(file: { name: string; text(): Promise<string> }): Promise<void>;
}

/** Keyboard shortcuts, as the exam, the drill and the menus define them. */
export const SHORTCUTS: [keys: string, action: string][] = [
  ['N or →', 'Next question (exam)'],
  ['P or ←', 'Previous question (exam)'],
  ['F', 'Flag or unflag the question for review (exam)'],
  ['1 – 9', 'Choose an option (exam and drill)'],
  ['Ctrl/Cmd + O', 'Import your notes file'],
  ['Ctrl/Cmd + / ', 'This list'],
  ['Ctrl/Cmd + + / − / 0', 'Zoom in / out / reset'],
  ['F11 (Ctrl+Cmd+F on macOS)', 'Full screen'],
];

function showShortcuts(doc: Document): void {
  doc.getElementById('shortcuts-dialog')?.remove();
  const dialog = doc.createElement('dialog');
  dialog.id = 'shortcuts-dialog';
  dialog.className = 'dialog';
  dialog.setAttribute('aria-labelledby', 'shortcuts-title');
  const title = doc.createElement('h2');
  title.id = 'shortcuts-title';
  title.textContent = 'Keyboard shortcuts';
  const list = doc.createElement('dl');
  for (const [keys, action] of SHORTCUTS) {
    const dt = doc.createElement('dt');
    const kbd = doc.createElement('kbd');
    kbd.textContent = keys;
    dt.append(kbd);
    const dd = doc.createElement('dd');
    dd.textContent = action;
    list.append(dt, dd);
  }
  const actions = doc.createElement('div');
  actions.className = 'dialog-actions';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  actions.append(close);
  dialog.append(title, list, actions);
  dialog.addEventListener('close', () => dialog.remove());
  doc.body.append(dialog);
  dialog.showModal();
  close.focus();
}

/** Starts listening; returns the function that stops. */
export function listenForMenuCommands(handlers: MenuHandlers, win: Window = window): () => void {
  const bridge = (win as unknown as { proctor?: MenuBridge }).proctor;
  if (!bridge?.onMenuCommand) return () => {};
  return bridge.onMenuCommand((message) => {
    if (message.command === 'show-shortcuts') showShortcuts(win.document);
    else if (message.command === 'import-notes') {
      const { name, text } = message.file;
      void handlers.importLearnerNotes({ name, text: async () => text });
    }
  });
}
