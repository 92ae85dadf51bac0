import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { withSampleApiIdentifiers } from '../../shared/sandbox/sample-api-identifiers.js';
import type { World } from '../../shared/sandbox/world.js';

const ORIGIN = 'http://127.0.0.1:4000';
const PRODUCTS = 'https://products.tokenscope.test';
const PRODUCTS_URL = `${ORIGIN}/sample-api/products`;
const world = (): World => parse(DEFAULT_WORLD_YAML) as World;

describe('withSampleApiIdentifiers: each sample API also under the URL it is served at', () => {
  const rows: { name: string; input: () => World; twins: string[] }[] = [
    { name: 'the default world', input: world, twins: [PRODUCTS_URL, `${ORIGIN}/sample-api/orders`] },
    {
      name: 'a world without the products API',
      input: () => ({ ...world(), resources: world().resources.filter((r) => r.indicator !== PRODUCTS) }),
      twins: [`${ORIGIN}/sample-api/orders`],
    },
    {
      name: 'a world that already names the products API by its URL',
      input: () => ({
        ...world(),
        resources: [...world().resources, { indicator: PRODUCTS_URL, name: 'Mine', permissions: [] }],
      }),
      twins: [`${ORIGIN}/sample-api/orders`],
    },
  ];
  it.each(rows)('$name', ({ input, twins }) => {
    const before = input();
    const served = withSampleApiIdentifiers(before, ORIGIN);
    const added = served.resources.slice(before.resources.length).map((r) => r.indicator);
    expect(added).toEqual(twins);
    expect(input()).toEqual(before);
  });

  it('copies permissions, switches and every role grant, user and organization roles alike', () => {
    const input = world();
    input.resources.find((r) => r.indicator === PRODUCTS)!.dpopBoundAccessTokensRequired = true;
    input.organizationRoles = [{ id: 'r', name: 'R', resourcePermissions: { [PRODUCTS]: ['read:products'] } }];
    const served = withSampleApiIdentifiers(input, ORIGIN);
    const twin = served.resources.find((r) => r.indicator === PRODUCTS_URL)!;
    expect(twin).toMatchObject({ name: 'Products API', dpopBoundAccessTokensRequired: true });
    expect(twin.permissions).toEqual(input.resources.find((r) => r.indicator === PRODUCTS)!.permissions);
    for (const role of served.roles) expect(role.permissions[PRODUCTS_URL]).toEqual(role.permissions[PRODUCTS]);
    expect(served.organizationRoles![0]!.resourcePermissions![PRODUCTS_URL]).toEqual(['read:products']);
  });
});
