import { DEFAULT_FILE_NAME_TEMPLATE } from '../../../summary/fileNames';

/**
 * The council's file-name template is a setting of the worker's device, not child data, so it
 * is kept in localStorage like the worker's language (src/app/i18n.ts).
 */
const KEY = 'voicemap.fileNameTemplate';

export function fileNameTemplate(): string {
  try {
    return localStorage.getItem(KEY) ?? DEFAULT_FILE_NAME_TEMPLATE;
  } catch {
    return DEFAULT_FILE_NAME_TEMPLATE;
  }
}

export function setFileNameTemplate(template: string): void {
  try {
    if (template.trim() === '' || template === DEFAULT_FILE_NAME_TEMPLATE) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, template);
  } catch {
    // Private mode: nothing can be remembered, and exports use the default names.
  }
}
