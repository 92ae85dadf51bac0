import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/contract/api.js';
import { bodyByteLimit } from '../../shared/contract/call-limits.js';

/**
 * The byte limit of every call as it was before the contract moved to one declaration per method: how a schema is
 * written may change, what a call accepts may not. A change of a limit is a change of this table, made on purpose.
 */
const LIMITS_BEFORE = {
  getAppInfo: 1_000_000,
  getFirstScreen: 1_000_400, // new (issue 18): the first screen's four reads in one call
  listConnections: 1_000_400,
  addConnection: 1_058_200,
  removeConnection: 1_000_000,
  editConnection: 1_043_200,
  getConnectionKnowledge: 1_000_800,
  listRuns: 1_000_400,
  setClientSecret: 1_041_800,
  runClientCredentials: 1_001_400,
  inspectToken: 1_131_072,
  explainScopes: 1_131_072, // was 5,000,000 before it took inspectToken's token limit
  inspectRun: 1_408_400, // new (issue 13): a run's token inspected by the run's id; ids, URLs and 100 scopes
  compareSandboxPatAndM2m: 1_000_000,
  compareWithRoles: 1_262_944,
  getSandbox: 1_000_000,
  applySandboxWorld: 9_388_608,
  resetSandboxWorld: 1_000_000,
  checkSandboxWorld: 9_388_608,
  sendApiRequest: 61_632_464,
  listHistory: 1_002_400,
  getHistoryEntry: 1_000_400,
  clearHistory: 1_000_400,
  listWorkspaces: 1_000_000,
  createWorkspace: 1_000_400,
  deleteWorkspace: 1_000_400,
  dismissWorkspaceNotices: 21_000_000,
  saveRequest: 61_432_864,
  deleteSavedRequest: 1_000_800,
  exportWorkspace: 1_000_400,
  importWorkspace: 101_000_000,
  startAuthorization: 1_350_600,
  awaitAuthorization: 1_008_000,
  completeAuthorization: 1_032_000,
  runRefresh: 1_097_000,
  runTokenExchange: 1_521_400,
  revealRun: 1_008_000,
  callTokenEndpoint: 1_008_000,
  endSession: 1_008_000,
  startDeviceAuthorization: 1_105_400,
  cancelAuthorization: 1_008_000,
  // Lessons (issue 16): a lesson id is one of a fixed list; a kept world is bounded like applySandboxWorld's.
  getLessonProgress: 1_000_400,
  startLesson: 1_000_400,
  checkLesson: 1_000_400,
  keepWorldBeforeLesson: 9_389_008,
  forgetWorldBeforeLesson: 1_000_400,
  setManagementAccess: 1_013_800,
  getManagementAccess: 1_000_800,
  readTenant: 1_000_800,
  getTenant: 1_000_800,
  getTenantReadTimeline: 1_000_800,
  runDoctor: 1_000_800,
  discoverApi: 1_008_400,
  signInToApi: 1_009_800,
  getDiscovery: 1_000_400,
} as const;

describe('the byte limit of each call', () => {
  it('names every call of the contract, and no other', () => {
    expect(Object.keys(LIMITS_BEFORE).sort()).toEqual([...API_METHODS].sort());
  });

  it.each(Object.entries(LIMITS_BEFORE))('%s stays at %i bytes', (method, bytes) => {
    expect(bodyByteLimit(method as keyof typeof LIMITS_BEFORE)).toBe(bytes);
  });
});
