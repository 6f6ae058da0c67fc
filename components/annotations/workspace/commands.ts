import { KIND_LABELS, KIND_SHORTCUTS, KINDS, type Kind } from "../labels";
import type { WorkspaceOperations } from "./operations";
import { openId } from "./selection-slice";
import { keyOf, sameKey, type Bindable, type KeyBindings } from "./shortcut-keys";
import { selectNavigation, type WorkspaceState, type WorkspaceStore } from "./workspace-state";

/** The parts of a key press a command looks at (a KeyboardEvent has them; tests make their own). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface CommandContext {
  state: WorkspaceState;
  store: WorkspaceStore;
  operations: WorkspaceOperations;
}

/**
 * One thing a person can do from the keyboard: named, described for the shortcuts dialog, with
 * the key that does it, when it applies, and what it does. The page's one key listener and the
 * dialog both read the list below, so a shortcut cannot work without being listed or be listed
 * without working. A single-key command answers to the key this person chose for it
 * (shortcut-keys.ts), or to none.
 */
export interface WorkspaceCommand extends Bindable {
  /** Its usual key, as `KeyboardEvent.key` names it (the dialog shows `display` instead when set). */
  key: string;
  display?: string;
  /** For a key that is not one character (Escape): whether a press is it. */
  keyTest?(press: KeyPress): boolean;
  /** Whether it applies now; a key whose command does not apply is left to the browser. */
  enabled?(state: WorkspaceState): boolean;
  perform(context: CommandContext): void;
  /** The browser still does what the key does by default (Escape also ends a selection). */
  keepsDefault?: boolean;
}

const plain = (press: KeyPress) => !press.ctrlKey && !press.metaKey && !press.altKey;

/** The next (or previous) of what j and k go through, from the one open; round at either end. */
export function stepFrom(ids: readonly string[], current: string | null, direction: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const at = current ? ids.indexOf(current) : -1;
  if (direction === 1) return ids[(at + 1) % ids.length];
  return ids[at <= 0 ? ids.length - 1 : at - 1];
}

const tagCommand = (kind: Kind): WorkspaceCommand => ({
  name: `tag-${kind.toLowerCase()}`,
  key: KIND_SHORTCUTS[kind],
  single: true,
  label: `Tag the selected text as a ${KIND_LABELS[kind].toLowerCase()}`,
  enabled: (state) => state.selection.text !== null,
  perform: ({ operations }) => void operations.tag(kind),
});

const stepCommand = (name: string, key: string, label: string, direction: 1 | -1): WorkspaceCommand => ({
  name,
  key,
  single: true,
  label,
  enabled: (state) => selectNavigation(state).length > 0,
  perform: ({ state, operations }) => {
    const next = stepFrom(selectNavigation(state), openId(state.selection), direction);
    if (next) operations.open(next, "smooth", true);
  },
});

export const WORKSPACE_COMMANDS: readonly WorkspaceCommand[] = [
  ...KINDS.map(tagCommand),
  stepCommand("next", "j", "Next annotation", 1),
  stepCommand("previous", "k", "Previous annotation", -1),
  {
    name: "accept-suggestion",
    key: "a",
    single: true,
    label: "Accept the open suggestion",
    enabled: (state) => state.selection.suggestionId !== null,
    perform: ({ state, operations }) => void operations.acceptSuggestion(state.selection.suggestionId!),
  },
  {
    name: "dismiss-suggestion",
    key: "x",
    single: true,
    label: "Dismiss the open suggestion",
    enabled: (state) => state.selection.suggestionId !== null,
    perform: ({ state, operations }) => void operations.dismissSuggestion(state.selection.suggestionId!),
  },
  {
    name: "close",
    key: "Escape",
    display: "Esc",
    label: "Close the annotation panel or this help",
    // The dialog closes itself on Escape.
    keyTest: (press) => press.key === "Escape",
    perform: ({ operations }) => operations.close(),
    keepsDefault: true,
  },
  {
    name: "say-here",
    key: "i",
    single: true,
    label: "Say which annotations are at the caret in the text",
    perform: ({ operations }) => operations.sayHere(),
  },
  {
    name: "open-here",
    key: "o",
    single: true,
    label: "Open the annotation at the caret (again for the next one there) and go to it",
    perform: ({ operations }) => operations.openHere(),
  },
  {
    name: "to-panel",
    key: "p",
    single: true,
    label: "Go to the open annotation's panel",
    enabled: (state) => state.selection.annotationId !== null,
    perform: ({ operations }) => operations.goToPanel(),
  },
  {
    name: "to-words",
    key: "t",
    single: true,
    label: "Go to the open annotation's words in the text",
    enabled: (state) => openId(state.selection) !== null,
    perform: ({ state, operations }) => operations.goToWords(openId(state.selection)!),
  },
  {
    name: "shortcuts",
    key: "?",
    single: true,
    label: "Show these shortcuts",
    perform: ({ store }) => store.dispatch({ type: "helpToggled", open: true }),
  },
];

/** Whether `press` is the key `command` answers to now (none when this person switched it off). */
export function pressedFor(command: WorkspaceCommand, press: KeyPress, bindings: KeyBindings): boolean {
  if (!plain(press)) return false;
  if (command.keyTest) return command.keyTest(press);
  const key = keyOf(command, bindings);
  return key !== null && sameKey(press.key, key);
}

/** The command a key press runs now, if any, with this person's keys (the state's). */
export function commandFor(press: KeyPress, state: WorkspaceState, commands: readonly WorkspaceCommand[] = WORKSPACE_COMMANDS): WorkspaceCommand | undefined {
  return commands.find((command) => pressedFor(command, press, state.view.keys) && (command.enabled?.(state) ?? true));
}
