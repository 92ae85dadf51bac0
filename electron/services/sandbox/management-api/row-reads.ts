import type { RouteAnswer, RouteContext, RouteHandler } from './route-table.js';
import type { WorldTable } from './world-tables.js';

/** A read of the row the path's first parameter names: Logto's 404 for its table when there is none. */
export function readRow<Row>(
  table: WorldTable<Row>,
  answer: (row: Row, context: RouteContext) => RouteAnswer | Promise<RouteAnswer>,
): RouteHandler {
  return (context) => {
    const id = context.params[0]!;
    const row = table.find(context.state.world, id);
    return row === undefined ? table.notFound(id) : answer(row, context);
  };
}
