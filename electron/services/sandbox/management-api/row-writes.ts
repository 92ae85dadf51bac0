import type { World } from '../../../../shared/sandbox/world.js';
import { readJsonBody } from '../pages/read-form-body.js';
import { guardBody, type FieldRule } from './body-guard.js';
import type { RouteAnswer, RouteContext } from './route-table.js';
import type { WorldTable } from './world-tables.js';
import { writeWorld, type WriteDecision } from './world-write.js';

type Body = Record<string, unknown>;
type Decide<Args extends unknown[]> = (...args: Args) => WriteDecision | Promise<WriteDecision>;

/**
 * The order every Logto write answers in: the body checked against its rules first (400 `guard.invalid_input`,
 * the world untouched), then the world read and written whole (world-write.ts).
 */
export async function writeWithBody(
  context: RouteContext,
  rules: Record<string, FieldRule>,
  decide: Decide<[World, Body]>,
): Promise<RouteAnswer> {
  const body = await readJsonBody(context.req);
  const guard = guardBody(body, rules);
  if (!guard.ok) return guard.answer;
  return writeWorld(context, (world) => decide(world, body));
}

/** A write on the row the path's first parameter names: Logto's 404 for its table when there is none. */
export function writeRow<Row>(context: RouteContext, table: WorldTable<Row>, decide: Decide<[World, Row]>) {
  return writeWorld(context, onRow(table, context.params[0]!, decide));
}

/** Both: the body checked, then the row found, then the write. */
export function writeRowWithBody<Row>(
  context: RouteContext,
  table: WorldTable<Row>,
  rules: Record<string, FieldRule>,
  decide: Decide<[World, Row, Body]>,
): Promise<RouteAnswer> {
  const id = context.params[0]!;
  return writeWithBody(context, rules, (world, body) => onRow(table, id, (w, row: Row) => decide(w, row, body))(world));
}

function onRow<Row>(table: WorldTable<Row>, id: string, decide: Decide<[World, Row]>) {
  return (world: World) => {
    const row = table.find(world, id);
    return row === undefined ? table.notFound(id) : decide(world, row);
  };
}
