import { projectPath } from './project-root.js';

/** The project's `schemas/` folder (SQL migrations, rules and policies read at run time). */
export function schemasDir(): string {
  return projectPath('schemas');
}
