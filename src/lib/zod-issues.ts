import type { z } from './zod';

/** The first few problems zod found, each with its path, in one line for a message. */
export function summariseIssues(error: z.core.$ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return `${first.join('; ')}${more}`;
}
