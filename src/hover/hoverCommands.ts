import { CommandIds } from '../commands/ids';

/** The only commands a hover may run; the adapter enables exactly these by name. */
export const HOVER_COMMANDS = [CommandIds.showEntry, CommandIds.compare] as const;
