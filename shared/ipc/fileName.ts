/**
 * The rule every file name the renderer suggests to the host must follow, and the one way to turn any text (an
 * evidence item's original name, a title) into a name that follows it. The host then joins the name to a folder the
 * person chose, so a name must never be able to leave that folder or mean a device on Windows.
 */
import { z } from 'zod';

export const FILE_NAME_MAX_LENGTH = 200;

/** Device names Windows reserves in every folder, with or without an extension (`CON`, `nul.txt`, `COM1.log`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
// Control characters are exactly what these rules refuse.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS_GLOBAL = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'The file needs a name.')
  .max(FILE_NAME_MAX_LENGTH, `Use a file name under ${FILE_NAME_MAX_LENGTH} characters.`)
  .refine((name) => !FORBIDDEN_CHARACTERS.test(name), {
    message: 'A file name cannot contain / \\ : * ? " < > | or control characters.',
  })
  .refine((name) => name !== '.' && name !== '..', { message: 'A file name cannot be "." or "..".' })
  .refine((name) => !/[. ]$/.test(name), { message: 'A file name cannot end with a dot or a space.' })
  .refine((name) => !WINDOWS_RESERVED.test(name), {
    message: 'CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 are device names on Windows; choose another file name.',
  });

/** `text` made into a name `fileNameSchema` accepts: forbidden characters become `_`, `fallback` if nothing is left. */
export function safeFileName(text: string, fallback: string): string {
  let name = text.replace(FORBIDDEN_CHARACTERS_GLOBAL, '_').trim().slice(0, FILE_NAME_MAX_LENGTH);
  name = name.replace(/[. ]+$/, '');
  if (name.length === 0) return fallback;
  return WINDOWS_RESERVED.test(name) ? `_${name}`.slice(0, FILE_NAME_MAX_LENGTH) : name;
}
