import { z } from "zod";

/**
 * This person's own keys for the page's single-key shortcuts, by command name: a key of their
 * choosing, or "" when they switched it off. Commands missing here keep their usual key. Single
 * printable keys can be pressed by accident, or by speech input saying a word (WCAG 2.1.4), so
 * each can be switched off or moved.
 */
export type KeyBindings = Readonly<Record<string, string>>;

export const NO_BINDINGS: KeyBindings = {};

/** What rebinding needs to know of a command (commands.ts has more). */
export interface Bindable {
  name: string;
  /** Its usual key. */
  key: string;
  label: string;
  /** A single printable key, which this person may switch off or change. */
  single?: boolean;
}

/** The key a command answers to now: its usual one, this person's, or null when switched off. */
export function keyOf(command: Bindable, bindings: KeyBindings): string | null {
  if (!command.single) return command.key;
  const chosen = bindings[command.name] ?? command.key;
  return chosen === "" ? null : chosen;
}

/** Whether a pressed key is `key`: letters match in either case (Caps Lock, Shift). */
export function sameKey(pressed: string, key: string): boolean {
  return pressed === key || (pressed.length === 1 && pressed.toLowerCase() === key.toLowerCase());
}

export type Rebound = { bindings: KeyBindings } | { error: string };

/**
 * `command` moved to `key` ("" switches it off). Refused with a sentence to show when the key is
 * not one printable character, or another shortcut already has it (the person moves that one first).
 */
export function rebind(bindings: KeyBindings, commands: readonly Bindable[], name: string, key: string): Rebound {
  const command = commands.find((candidate) => candidate.name === name && candidate.single);
  if (!command) return { error: "That shortcut cannot be changed." };
  const wanted = key.length === 1 ? key.toLowerCase() : key;
  if (wanted !== "" && (wanted.length !== 1 || /\s/.test(wanted))) return { error: "Choose one letter, digit or sign, or leave it empty to switch the shortcut off." };
  const taken = wanted === "" ? undefined : commands.find((other) => other.name !== name && sameKey(wanted, keyOf(other, bindings) ?? ""));
  if (taken) return { error: `“${wanted}” already does “${taken.label}”. Change that one first.` };
  const next = { ...bindings };
  if (wanted === command.key) delete next[name];
  else next[name] = wanted;
  return { bindings: next };
}

/** Every single-key shortcut switched off. */
export function allOff(commands: readonly Bindable[]): KeyBindings {
  return Object.fromEntries(commands.filter((command) => command.single).map((command) => [command.name, ""]));
}

const storedSchema = z.record(z.string().max(40), z.string().max(1));

/**
 * Bindings as a browser kept them, parsed: anything unreadable, about a command that no longer
 * exists, or giving two commands one key, is dropped, so an old or tampered entry cannot break the page.
 */
export function parseBindings(raw: string | null, commands: readonly Bindable[]): KeyBindings {
  let json: unknown;
  try {
    json = raw ? JSON.parse(raw) : {};
  } catch {
    return NO_BINDINGS;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return NO_BINDINGS;
  let bindings: KeyBindings = NO_BINDINGS;
  for (const [name, key] of Object.entries(parsed.data)) {
    const result = rebind(bindings, commands, name, key);
    if ("bindings" in result) bindings = result.bindings;
  }
  return bindings;
}

/**
 * The key a person typed into a field holding `current`: the field keeps one key, so what was
 * typed replaces it whether the old key was selected or the caret stood before or after it.
 */
export function typedKey(value: string, current: string): string {
  if (value.length <= 1) return value;
  if (current && value.startsWith(current)) return value.slice(current.length, current.length + 1);
  if (current && value.endsWith(current)) return value.slice(0, 1);
  return value.slice(-1);
}
