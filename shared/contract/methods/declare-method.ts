/**
 * How a contract method is declared, once: its argument as a TypeBox schema, which is JSON Schema (checked by ajv on
 * the main side, read by the call limits) and a TypeScript type (`Static`); its result as a TypeScript type only,
 * since results come from our own services and are not checked at run time.
 */
import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';

declare const resultType: unique symbol;
/** Carries a result type through the table; it has no value at run time. */
export interface Returns<R> {
  readonly [resultType]?: R;
}
export const returns = <R>(): Returns<R> => ({});

export interface MethodDeclaration<A extends TSchema = TSchema, R = unknown> {
  argument: A;
  result: Returns<R>;
}

export const method = <A extends TSchema, R>(argument: A, result: Returns<R>): MethodDeclaration<A, R> => ({
  argument,
  result,
});

/** A call without an argument: JSON has no undefined, so it arrives as null from every transport. */
export const NoArgument = () => Type.Null();

/** `{ enum: [...] }`, as the schemas always wrote it (TypeBox's own would be an anyOf of consts). */
export const StringEnum = <const T extends readonly string[]>(values: T): TUnsafe<T[number]> =>
  Type.Unsafe<T[number]>({ enum: [...values] });

/** `{ oneOf: [...] }`: exactly one alternative fits (TypeBox's Union writes anyOf). */
export const OneOf = <const T extends readonly TSchema[]>(alternatives: T): TUnsafe<Static<T[number]>> =>
  Type.Unsafe<Static<T[number]>>({ oneOf: [...alternatives] });

/** A map of strings, at most `maxProperties` of them (TypeBox's Record would write patternProperties). */
export const StringMap = (value: TSchema, maxProperties: number): TUnsafe<Record<string, string>> =>
  Type.Unsafe<Record<string, string>>({ type: 'object', additionalProperties: value, maxProperties });

/** The method's signature on `TokenscopeApi`: no parameter, an optional one (null allowed) or a required one. */
type Call<D> =
  D extends MethodDeclaration<infer A, infer R>
    ? [Exclude<Static<A>, null>] extends [never]
      ? () => Promise<R>
      : null extends Static<A>
        ? (request?: Exclude<Static<A>, null>) => Promise<R>
        : (request: Static<A>) => Promise<R>
    : never;

/** The typed calls of a table of declarations. */
export type ApiOf<Table> = { [M in keyof Table]: Call<Table[M]> };
