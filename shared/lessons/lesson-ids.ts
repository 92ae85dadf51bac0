/**
 * The lessons' ids, alone: the contract's schema lists them without loading the lessons themselves (their text and
 * checks), so the renderer's first screen does not carry them. A unit test keeps this list and LESSONS equal.
 */
export const LESSON_IDS = [
  'api-resources',
  'permissions-and-roles',
  'user-and-m2m-roles',
  'management-api',
  'pat-versus-m2m',
  'organizations',
  'refresh-per-resource',
  'status-401-403',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];
