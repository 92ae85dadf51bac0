import type { Lesson } from './lesson.js';
import { apiResourcesLesson } from './api-resources-lesson.js';
import { permissionsAndRolesLesson } from './permissions-and-roles-lesson.js';
import { userAndM2mRolesLesson } from './user-and-m2m-roles-lesson.js';
import { managementApiLesson } from './management-api-lesson.js';
import { patVersusM2mLesson } from './pat-versus-m2m-lesson.js';
import { organizationsLesson } from './organizations-lesson.js';
import { refreshPerResourceLesson } from './refresh-per-resource-lesson.js';
import { status401And403Lesson } from './status-401-403-lesson.js';

/** The lessons, in the order they build on each other. */
export const LESSONS: readonly Lesson[] = [
  apiResourcesLesson,
  permissionsAndRolesLesson,
  userAndM2mRolesLesson,
  managementApiLesson,
  patVersusM2mLesson,
  organizationsLesson,
  refreshPerResourceLesson,
  status401And403Lesson,
];

export const findLesson = (id: string | undefined): Lesson | undefined => LESSONS.find((l) => l.id === id);
