// Generated from shared/sandbox/world-schema.ts by tests/support/world-validator-source.ts: do not edit.
// Regenerate with UPDATE_GENERATED=1 npx vitest run tests/unit/world-schema-validator.test.ts
/* eslint-disable */
// @ts-nocheck
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
export const validateWorldSchema = validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://tokenscope.dev/schemas/sandbox-world.json',
  title: 'Tokenscope sandbox world',
  type: 'object',
  additionalProperties: false,
  required: ['resources', 'roles', 'users', 'applications'],
  properties: {
    $schema: { type: 'string', description: 'Editors use it to find this schema; the sandbox ignores it.' },
    logto: {
      enum: ['1.36', '1.42'],
      description:
        "Which Logto's answers to give where they changed: 1.36 (token exchange refused with invalid_client, a JWT introspects as inactive, no device flow nor DPoP) or 1.42, the default",
    },
    signingKey: { enum: ['EC', 'RSA'], description: 'EC: P-384 / ES384 (Logto default). RSA: RS256.' },
    dynamicClientRegistration: {
      type: 'boolean',
      description:
        'RFC 7591: open client registration at /oidc/reg (registration_endpoint in discovery). Off by default, as in Logto',
    },
    defaultResource: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$',
      description: 'Indicator used when no resource is sent',
    },
    resources: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['indicator', 'name', 'permissions'],
        properties: {
          indicator: {
            type: 'string',
            pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$',
            description: 'Absolute URI, no fragment (RFC 8707)',
          },
          name: { type: 'string', minLength: 1 },
          permissions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: {
                  type: 'string',
                  minLength: 1,
                  pattern: '^\\S+$',
                  description: 'The scope value, e.g. read:products',
                },
                description: { type: 'string' },
              },
            },
          },
          accessTokenTtl: { type: 'integer', minimum: 1, maximum: 86400, description: 'Seconds; default 3600' },
          dpopBoundAccessTokensRequired: {
            type: 'boolean',
            description:
              "The sandbox's sample API for this resource refuses bearer tokens: DPoP-bound ones only, with a proof (RFC 9449 §7.1); its metadata says dpop_bound_access_tokens_required (RFC 9728). Default false",
          },
          dpopNonce: {
            type: 'boolean',
            description:
              'The sample API asks for its own nonce in every DPoP proof: use_dpop_nonce with a DPoP-Nonce header (RFC 9449 §9). Default false',
          },
        },
      },
    },
    roles: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type', 'permissions'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
          name: { type: 'string', minLength: 1 },
          type: { enum: ['user', 'm2m'] },
          description: { type: 'string' },
          permissions: {
            type: 'object',
            description: 'API resource indicator → permission names',
            propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
            additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
          },
        },
      },
    },
    users: {
      type: 'array',
      maxItems: 20000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'username', 'roles'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
          username: { type: 'string', minLength: 1 },
          name: { type: 'string' },
          email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
          roles: {
            type: 'array',
            items: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
            uniqueItems: true,
          },
          organizations: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['organization', 'roles'],
              properties: {
                organization: {
                  type: 'string',
                  minLength: 1,
                  pattern: '^[A-Za-z0-9_.:-]+$',
                  description: 'Organization id',
                },
                roles: {
                  type: 'array',
                  items: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
                  uniqueItems: true,
                  description: 'Organization role ids',
                },
              },
            },
          },
          personalAccessTokens: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'value'],
              properties: {
                name: { type: 'string', minLength: 1 },
                value: {
                  type: 'string',
                  pattern: '^pat_[A-Za-z0-9]{8,}$',
                  description: 'pat_ then letters and digits',
                },
                expiresAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T', description: 'ISO 8601 date-time' },
              },
            },
          },
          customData: { type: 'object' },
          password: { type: 'string', minLength: 1, description: 'optional: the sign-in page asks for it' },
          passwordDigest: { type: 'string', pattern: '^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' },
        },
      },
    },
    applications: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
          name: { type: 'string', minLength: 1 },
          type: { enum: ['native', 'spa', 'traditional', 'm2m'] },
          secret: { type: 'string', minLength: 8, description: 'client_secret_basic apps (traditional, M2M)' },
          tokenEndpointAuthMethod: {
            enum: ['client_secret_basic', 'private_key_jwt'],
            description:
              'Traditional and M2M apps: client_secret_basic (default, needs secret) or private_key_jwt (RFC 7523, needs jwks)',
          },
          jwks: {
            type: 'object',
            additionalProperties: false,
            required: ['keys'],
            description:
              'private_key_jwt: the public keys client assertions are signed with, as a JWK Set (RFC 7517 §5)',
            properties: {
              keys: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['kty'],
                  properties: { kty: { enum: ['EC', 'RSA', 'OKP'], description: 'Key type (RFC 7518 §6.1)' } },
                },
              },
            },
          },
          redirectUris: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
            uniqueItems: true,
          },
          postLogoutRedirectUris: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
            uniqueItems: true,
          },
          roles: {
            type: 'array',
            items: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
            uniqueItems: true,
          },
          allowTokenExchange: { type: 'boolean' },
          rotateRefreshToken: {
            type: 'boolean',
            description: "false: refresh tokens never rotate (Logto's switch); absent or true: Logto's rule",
          },
          organizations: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['organization', 'roles'],
              properties: {
                organization: {
                  type: 'string',
                  minLength: 1,
                  pattern: '^[A-Za-z0-9_.:-]+$',
                  description: 'Organization id',
                },
                roles: {
                  type: 'array',
                  items: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
                  uniqueItems: true,
                  description: 'Organization role ids',
                },
              },
            },
          },
        },
      },
    },
    organizationPermissions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1, pattern: '^\\S+$', description: 'The scope value, e.g. read:products' },
          description: { type: 'string' },
        },
      },
    },
    organizationRoles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
          name: { type: 'string', minLength: 1 },
          type: {
            enum: ['user', 'm2m'],
            description: 'user (default): held by users; m2m: held by M2M apps in the organization',
          },
          description: { type: 'string' },
          permissions: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
          resourcePermissions: {
            type: 'object',
            description: 'API resource indicator → permission names',
            propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
            additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
          },
        },
      },
    },
    organizations: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
          name: { type: 'string', minLength: 1 },
          description: { type: 'string' },
        },
      },
    },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const func3 = typeof ucs2length === 'function' ? ucs2length : ucs2length.default;
const pattern0 = new RegExp('^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$', 'u');
const pattern2 = new RegExp('^\\S+$', 'u');
const pattern3 = new RegExp('^[A-Za-z0-9_.:-]+$', 'u');
const pattern6 = new RegExp('^[^@\\s]+@[^@\\s]+$', 'u');
const pattern10 = new RegExp('^pat_[A-Za-z0-9]{8,}$', 'u');
const pattern11 = new RegExp('^\\d{4}-\\d{2}-\\d{2}T', 'u');
const pattern12 = new RegExp('^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$', 'u');
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://tokenscope.dev/schemas/sandbox-world.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.resources === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'resources' },
        message: "must have required property '" + 'resources' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.roles === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'roles' },
        message: "must have required property '" + 'roles' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.users === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'users' },
        message: "must have required property '" + 'users' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.applications === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'applications' },
        message: "must have required property '" + 'applications' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== 'string') {
        const err5 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.logto !== undefined) {
      let data1 = data.logto;
      if (!(data1 === '1.36' || data1 === '1.42')) {
        const err6 = {
          instancePath: instancePath + '/logto',
          schemaPath: '#/properties/logto/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.logto.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.signingKey !== undefined) {
      let data2 = data.signingKey;
      if (!(data2 === 'EC' || data2 === 'RSA')) {
        const err7 = {
          instancePath: instancePath + '/signingKey',
          schemaPath: '#/properties/signingKey/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.signingKey.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.dynamicClientRegistration !== undefined) {
      if (typeof data.dynamicClientRegistration !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/dynamicClientRegistration',
          schemaPath: '#/properties/dynamicClientRegistration/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.defaultResource !== undefined) {
      let data4 = data.defaultResource;
      if (typeof data4 === 'string') {
        if (!pattern0.test(data4)) {
          const err9 = {
            instancePath: instancePath + '/defaultResource',
            schemaPath: '#/properties/defaultResource/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
            message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/defaultResource',
          schemaPath: '#/properties/defaultResource/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.resources !== undefined) {
      let data5 = data.resources;
      if (Array.isArray(data5)) {
        if (data5.length > 1000) {
          const err11 = {
            instancePath: instancePath + '/resources',
            schemaPath: '#/properties/resources/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
            if (data6.indicator === undefined) {
              const err12 = {
                instancePath: instancePath + '/resources/' + i0,
                schemaPath: '#/properties/resources/items/required',
                keyword: 'required',
                params: { missingProperty: 'indicator' },
                message: "must have required property '" + 'indicator' + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.name === undefined) {
              const err13 = {
                instancePath: instancePath + '/resources/' + i0,
                schemaPath: '#/properties/resources/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.permissions === undefined) {
              const err14 = {
                instancePath: instancePath + '/resources/' + i0,
                schemaPath: '#/properties/resources/items/required',
                keyword: 'required',
                params: { missingProperty: 'permissions' },
                message: "must have required property '" + 'permissions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(
                key1 === 'indicator' ||
                key1 === 'name' ||
                key1 === 'permissions' ||
                key1 === 'accessTokenTtl' ||
                key1 === 'dpopBoundAccessTokensRequired' ||
                key1 === 'dpopNonce'
              )) {
                const err15 = {
                  instancePath: instancePath + '/resources/' + i0,
                  schemaPath: '#/properties/resources/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.indicator !== undefined) {
              let data7 = data6.indicator;
              if (typeof data7 === 'string') {
                if (!pattern0.test(data7)) {
                  const err16 = {
                    instancePath: instancePath + '/resources/' + i0 + '/indicator',
                    schemaPath: '#/properties/resources/items/properties/indicator/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                    message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = {
                  instancePath: instancePath + '/resources/' + i0 + '/indicator',
                  schemaPath: '#/properties/resources/items/properties/indicator/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data6.name !== undefined) {
              let data8 = data6.name;
              if (typeof data8 === 'string') {
                if (func3(data8) < 1) {
                  const err18 = {
                    instancePath: instancePath + '/resources/' + i0 + '/name',
                    schemaPath: '#/properties/resources/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + '/resources/' + i0 + '/name',
                  schemaPath: '#/properties/resources/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.permissions !== undefined) {
              let data9 = data6.permissions;
              if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data10 = data9[i1];
                  if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                    if (data10.name === undefined) {
                      const err20 = {
                        instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1,
                        schemaPath: '#/properties/resources/items/properties/permissions/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    for (const key2 in data10) {
                      if (!(key2 === 'name' || key2 === 'description')) {
                        const err21 = {
                          instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1,
                          schemaPath: '#/properties/resources/items/properties/permissions/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data10.name !== undefined) {
                      let data11 = data10.name;
                      if (typeof data11 === 'string') {
                        if (func3(data11) < 1) {
                          const err22 = {
                            instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/name',
                            schemaPath:
                              '#/properties/resources/items/properties/permissions/items/properties/name/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                        if (!pattern2.test(data11)) {
                          const err23 = {
                            instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/name',
                            schemaPath:
                              '#/properties/resources/items/properties/permissions/items/properties/name/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^\\S+$' },
                            message: 'must match pattern "' + '^\\S+$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                      } else {
                        const err24 = {
                          instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/name',
                          schemaPath: '#/properties/resources/items/properties/permissions/items/properties/name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                    if (data10.description !== undefined) {
                      if (typeof data10.description !== 'string') {
                        const err25 = {
                          instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/description',
                          schemaPath:
                            '#/properties/resources/items/properties/permissions/items/properties/description/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = {
                      instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1,
                      schemaPath: '#/properties/resources/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = {
                  instancePath: instancePath + '/resources/' + i0 + '/permissions',
                  schemaPath: '#/properties/resources/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data6.accessTokenTtl !== undefined) {
              let data13 = data6.accessTokenTtl;
              if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
                const err28 = {
                  instancePath: instancePath + '/resources/' + i0 + '/accessTokenTtl',
                  schemaPath: '#/properties/resources/items/properties/accessTokenTtl/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (typeof data13 == 'number' && isFinite(data13)) {
                if (data13 > 86400 || isNaN(data13)) {
                  const err29 = {
                    instancePath: instancePath + '/resources/' + i0 + '/accessTokenTtl',
                    schemaPath: '#/properties/resources/items/properties/accessTokenTtl/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 86400 },
                    message: 'must be <= 86400',
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data13 < 1 || isNaN(data13)) {
                  const err30 = {
                    instancePath: instancePath + '/resources/' + i0 + '/accessTokenTtl',
                    schemaPath: '#/properties/resources/items/properties/accessTokenTtl/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data6.dpopBoundAccessTokensRequired !== undefined) {
              if (typeof data6.dpopBoundAccessTokensRequired !== 'boolean') {
                const err31 = {
                  instancePath: instancePath + '/resources/' + i0 + '/dpopBoundAccessTokensRequired',
                  schemaPath: '#/properties/resources/items/properties/dpopBoundAccessTokensRequired/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data6.dpopNonce !== undefined) {
              if (typeof data6.dpopNonce !== 'boolean') {
                const err32 = {
                  instancePath: instancePath + '/resources/' + i0 + '/dpopNonce',
                  schemaPath: '#/properties/resources/items/properties/dpopNonce/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/resources/' + i0,
              schemaPath: '#/properties/resources/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/resources',
          schemaPath: '#/properties/resources/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.roles !== undefined) {
      let data16 = data.roles;
      if (Array.isArray(data16)) {
        if (data16.length > 1000) {
          const err35 = {
            instancePath: instancePath + '/roles',
            schemaPath: '#/properties/roles/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data17 = data16[i2];
          if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
            if (data17.id === undefined) {
              const err36 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data17.name === undefined) {
              const err37 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data17.type === undefined) {
              const err38 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data17.permissions === undefined) {
              const err39 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'permissions' },
                message: "must have required property '" + 'permissions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(
                key3 === 'id' ||
                key3 === 'name' ||
                key3 === 'type' ||
                key3 === 'description' ||
                key3 === 'permissions'
              )) {
                const err40 = {
                  instancePath: instancePath + '/roles/' + i2,
                  schemaPath: '#/properties/roles/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data17.id !== undefined) {
              let data18 = data17.id;
              if (typeof data18 === 'string') {
                if (func3(data18) < 1) {
                  const err41 = {
                    instancePath: instancePath + '/roles/' + i2 + '/id',
                    schemaPath: '#/properties/roles/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (!pattern3.test(data18)) {
                  const err42 = {
                    instancePath: instancePath + '/roles/' + i2 + '/id',
                    schemaPath: '#/properties/roles/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = {
                  instancePath: instancePath + '/roles/' + i2 + '/id',
                  schemaPath: '#/properties/roles/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data17.name !== undefined) {
              let data19 = data17.name;
              if (typeof data19 === 'string') {
                if (func3(data19) < 1) {
                  const err44 = {
                    instancePath: instancePath + '/roles/' + i2 + '/name',
                    schemaPath: '#/properties/roles/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = {
                  instancePath: instancePath + '/roles/' + i2 + '/name',
                  schemaPath: '#/properties/roles/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.type !== undefined) {
              let data20 = data17.type;
              if (!(data20 === 'user' || data20 === 'm2m')) {
                const err46 = {
                  instancePath: instancePath + '/roles/' + i2 + '/type',
                  schemaPath: '#/properties/roles/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.roles.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data17.description !== undefined) {
              if (typeof data17.description !== 'string') {
                const err47 = {
                  instancePath: instancePath + '/roles/' + i2 + '/description',
                  schemaPath: '#/properties/roles/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.permissions !== undefined) {
              let data22 = data17.permissions;
              if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
                for (const key4 in data22) {
                  const _errs48 = errors;
                  if (typeof key4 === 'string') {
                    if (!pattern0.test(key4)) {
                      const err48 = {
                        instancePath: instancePath + '/roles/' + i2 + '/permissions',
                        schemaPath: '#/properties/roles/items/properties/permissions/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                        propertyName: key4,
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                  var valid10 = _errs48 === errors;
                  if (!valid10) {
                    const err49 = {
                      instancePath: instancePath + '/roles/' + i2 + '/permissions',
                      schemaPath: '#/properties/roles/items/properties/permissions/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key4 },
                      message: 'property name must be valid',
                    };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                for (const key5 in data22) {
                  let data23 = data22[key5];
                  if (Array.isArray(data23)) {
                    const len3 = data23.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data24 = data23[i3];
                      if (typeof data24 === 'string') {
                        if (func3(data24) < 1) {
                          const err50 = {
                            instancePath:
                              instancePath +
                              '/roles/' +
                              i2 +
                              '/permissions/' +
                              key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                              '/' +
                              i3,
                            schemaPath:
                              '#/properties/roles/items/properties/permissions/additionalProperties/items/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      } else {
                        const err51 = {
                          instancePath:
                            instancePath +
                            '/roles/' +
                            i2 +
                            '/permissions/' +
                            key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/' +
                            i3,
                          schemaPath: '#/properties/roles/items/properties/permissions/additionalProperties/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    let i4 = data23.length;
                    let j0;
                    if (i4 > 1) {
                      const indices0 = {};
                      for (; i4--;) {
                        let item0 = data23[i4];
                        if (typeof item0 !== 'string') {
                          continue;
                        }
                        if (typeof indices0[item0] == 'number') {
                          j0 = indices0[item0];
                          const err52 = {
                            instancePath:
                              instancePath +
                              '/roles/' +
                              i2 +
                              '/permissions/' +
                              key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath:
                              '#/properties/roles/items/properties/permissions/additionalProperties/uniqueItems',
                            keyword: 'uniqueItems',
                            params: { i: i4, j: j0 },
                            message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i4 + ' are identical)',
                          };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                          break;
                        }
                        indices0[item0] = i4;
                      }
                    }
                  } else {
                    const err53 = {
                      instancePath:
                        instancePath + '/roles/' + i2 + '/permissions/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/properties/roles/items/properties/permissions/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              } else {
                const err54 = {
                  instancePath: instancePath + '/roles/' + i2 + '/permissions',
                  schemaPath: '#/properties/roles/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/roles/' + i2,
              schemaPath: '#/properties/roles/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = {
          instancePath: instancePath + '/roles',
          schemaPath: '#/properties/roles/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.users !== undefined) {
      let data25 = data.users;
      if (Array.isArray(data25)) {
        if (data25.length > 20000) {
          const err57 = {
            instancePath: instancePath + '/users',
            schemaPath: '#/properties/users/maxItems',
            keyword: 'maxItems',
            params: { limit: 20000 },
            message: 'must NOT have more than 20000 items',
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        const len4 = data25.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data26 = data25[i5];
          if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
            if (data26.id === undefined) {
              const err58 = {
                instancePath: instancePath + '/users/' + i5,
                schemaPath: '#/properties/users/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data26.username === undefined) {
              const err59 = {
                instancePath: instancePath + '/users/' + i5,
                schemaPath: '#/properties/users/items/required',
                keyword: 'required',
                params: { missingProperty: 'username' },
                message: "must have required property '" + 'username' + "'",
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data26.roles === undefined) {
              const err60 = {
                instancePath: instancePath + '/users/' + i5,
                schemaPath: '#/properties/users/items/required',
                keyword: 'required',
                params: { missingProperty: 'roles' },
                message: "must have required property '" + 'roles' + "'",
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key6 in data26) {
              if (!func2.call(schema11.properties.users.items.properties, key6)) {
                const err61 = {
                  instancePath: instancePath + '/users/' + i5,
                  schemaPath: '#/properties/users/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data26.id !== undefined) {
              let data27 = data26.id;
              if (typeof data27 === 'string') {
                if (func3(data27) < 1) {
                  const err62 = {
                    instancePath: instancePath + '/users/' + i5 + '/id',
                    schemaPath: '#/properties/users/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (!pattern3.test(data27)) {
                  const err63 = {
                    instancePath: instancePath + '/users/' + i5 + '/id',
                    schemaPath: '#/properties/users/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = {
                  instancePath: instancePath + '/users/' + i5 + '/id',
                  schemaPath: '#/properties/users/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data26.username !== undefined) {
              let data28 = data26.username;
              if (typeof data28 === 'string') {
                if (func3(data28) < 1) {
                  const err65 = {
                    instancePath: instancePath + '/users/' + i5 + '/username',
                    schemaPath: '#/properties/users/items/properties/username/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = {
                  instancePath: instancePath + '/users/' + i5 + '/username',
                  schemaPath: '#/properties/users/items/properties/username/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data26.name !== undefined) {
              if (typeof data26.name !== 'string') {
                const err67 = {
                  instancePath: instancePath + '/users/' + i5 + '/name',
                  schemaPath: '#/properties/users/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data26.email !== undefined) {
              let data30 = data26.email;
              if (typeof data30 === 'string') {
                if (!pattern6.test(data30)) {
                  const err68 = {
                    instancePath: instancePath + '/users/' + i5 + '/email',
                    schemaPath: '#/properties/users/items/properties/email/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[^@\\s]+@[^@\\s]+$' },
                    message: 'must match pattern "' + '^[^@\\s]+@[^@\\s]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = {
                  instancePath: instancePath + '/users/' + i5 + '/email',
                  schemaPath: '#/properties/users/items/properties/email/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data26.roles !== undefined) {
              let data31 = data26.roles;
              if (Array.isArray(data31)) {
                const len5 = data31.length;
                for (let i6 = 0; i6 < len5; i6++) {
                  let data32 = data31[i6];
                  if (typeof data32 === 'string') {
                    if (func3(data32) < 1) {
                      const err70 = {
                        instancePath: instancePath + '/users/' + i5 + '/roles/' + i6,
                        schemaPath: '#/properties/users/items/properties/roles/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data32)) {
                      const err71 = {
                        instancePath: instancePath + '/users/' + i5 + '/roles/' + i6,
                        schemaPath: '#/properties/users/items/properties/roles/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = {
                      instancePath: instancePath + '/users/' + i5 + '/roles/' + i6,
                      schemaPath: '#/properties/users/items/properties/roles/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                let i7 = data31.length;
                let j1;
                if (i7 > 1) {
                  const indices1 = {};
                  for (; i7--;) {
                    let item1 = data31[i7];
                    if (typeof item1 !== 'string') {
                      continue;
                    }
                    if (typeof indices1[item1] == 'number') {
                      j1 = indices1[item1];
                      const err73 = {
                        instancePath: instancePath + '/users/' + i5 + '/roles',
                        schemaPath: '#/properties/users/items/properties/roles/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i7, j: j1 },
                        message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i7 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i7;
                  }
                }
              } else {
                const err74 = {
                  instancePath: instancePath + '/users/' + i5 + '/roles',
                  schemaPath: '#/properties/users/items/properties/roles/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data26.organizations !== undefined) {
              let data33 = data26.organizations;
              if (Array.isArray(data33)) {
                const len6 = data33.length;
                for (let i8 = 0; i8 < len6; i8++) {
                  let data34 = data33[i8];
                  if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
                    if (data34.organization === undefined) {
                      const err75 = {
                        instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                        schemaPath: '#/properties/users/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'organization' },
                        message: "must have required property '" + 'organization' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    if (data34.roles === undefined) {
                      const err76 = {
                        instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                        schemaPath: '#/properties/users/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'roles' },
                        message: "must have required property '" + 'roles' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    for (const key7 in data34) {
                      if (!(key7 === 'organization' || key7 === 'roles')) {
                        const err77 = {
                          instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                          schemaPath: '#/properties/users/items/properties/organizations/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key7 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    if (data34.organization !== undefined) {
                      let data35 = data34.organization;
                      if (typeof data35 === 'string') {
                        if (func3(data35) < 1) {
                          const err78 = {
                            instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/organization',
                            schemaPath:
                              '#/properties/users/items/properties/organizations/items/properties/organization/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                        if (!pattern3.test(data35)) {
                          const err79 = {
                            instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/organization',
                            schemaPath:
                              '#/properties/users/items/properties/organizations/items/properties/organization/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                      } else {
                        const err80 = {
                          instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/organization',
                          schemaPath:
                            '#/properties/users/items/properties/organizations/items/properties/organization/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    if (data34.roles !== undefined) {
                      let data36 = data34.roles;
                      if (Array.isArray(data36)) {
                        const len7 = data36.length;
                        for (let i9 = 0; i9 < len7; i9++) {
                          let data37 = data36[i9];
                          if (typeof data37 === 'string') {
                            if (func3(data37) < 1) {
                              const err81 = {
                                instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles/' + i9,
                                schemaPath:
                                  '#/properties/users/items/properties/organizations/items/properties/roles/items/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                              };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                            if (!pattern3.test(data37)) {
                              const err82 = {
                                instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles/' + i9,
                                schemaPath:
                                  '#/properties/users/items/properties/organizations/items/properties/roles/items/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                                message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          } else {
                            const err83 = {
                              instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles/' + i9,
                              schemaPath:
                                '#/properties/users/items/properties/organizations/items/properties/roles/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        let i10 = data36.length;
                        let j2;
                        if (i10 > 1) {
                          const indices2 = {};
                          for (; i10--;) {
                            let item2 = data36[i10];
                            if (typeof item2 !== 'string') {
                              continue;
                            }
                            if (typeof indices2[item2] == 'number') {
                              j2 = indices2[item2];
                              const err84 = {
                                instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles',
                                schemaPath:
                                  '#/properties/users/items/properties/organizations/items/properties/roles/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i10, j: j2 },
                                message:
                                  'must NOT have duplicate items (items ## ' + j2 + ' and ' + i10 + ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                              break;
                            }
                            indices2[item2] = i10;
                          }
                        }
                      } else {
                        const err85 = {
                          instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles',
                          schemaPath: '#/properties/users/items/properties/organizations/items/properties/roles/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err86 = {
                      instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                      schemaPath: '#/properties/users/items/properties/organizations/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
              } else {
                const err87 = {
                  instancePath: instancePath + '/users/' + i5 + '/organizations',
                  schemaPath: '#/properties/users/items/properties/organizations/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data26.personalAccessTokens !== undefined) {
              let data38 = data26.personalAccessTokens;
              if (Array.isArray(data38)) {
                const len8 = data38.length;
                for (let i11 = 0; i11 < len8; i11++) {
                  let data39 = data38[i11];
                  if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
                    if (data39.name === undefined) {
                      const err88 = {
                        instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                        schemaPath: '#/properties/users/items/properties/personalAccessTokens/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data39.value === undefined) {
                      const err89 = {
                        instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                        schemaPath: '#/properties/users/items/properties/personalAccessTokens/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'value' },
                        message: "must have required property '" + 'value' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                    for (const key8 in data39) {
                      if (!(key8 === 'name' || key8 === 'value' || key8 === 'expiresAt')) {
                        const err90 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key8 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data39.name !== undefined) {
                      let data40 = data39.name;
                      if (typeof data40 === 'string') {
                        if (func3(data40) < 1) {
                          const err91 = {
                            instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/name',
                            schemaPath:
                              '#/properties/users/items/properties/personalAccessTokens/items/properties/name/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                      } else {
                        const err92 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/name',
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/properties/name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                    if (data39.value !== undefined) {
                      let data41 = data39.value;
                      if (typeof data41 === 'string') {
                        if (!pattern10.test(data41)) {
                          const err93 = {
                            instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/value',
                            schemaPath:
                              '#/properties/users/items/properties/personalAccessTokens/items/properties/value/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^pat_[A-Za-z0-9]{8,}$' },
                            message: 'must match pattern "' + '^pat_[A-Za-z0-9]{8,}$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      } else {
                        const err94 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/value',
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/properties/value/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data39.expiresAt !== undefined) {
                      let data42 = data39.expiresAt;
                      if (typeof data42 === 'string') {
                        if (!pattern11.test(data42)) {
                          const err95 = {
                            instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/expiresAt',
                            schemaPath:
                              '#/properties/users/items/properties/personalAccessTokens/items/properties/expiresAt/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
                            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}T' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                        }
                      } else {
                        const err96 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/expiresAt',
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/properties/expiresAt/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err97 = {
                      instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                      schemaPath: '#/properties/users/items/properties/personalAccessTokens/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
              } else {
                const err98 = {
                  instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens',
                  schemaPath: '#/properties/users/items/properties/personalAccessTokens/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data26.customData !== undefined) {
              let data43 = data26.customData;
              if (!(data43 && typeof data43 == 'object' && !Array.isArray(data43))) {
                const err99 = {
                  instancePath: instancePath + '/users/' + i5 + '/customData',
                  schemaPath: '#/properties/users/items/properties/customData/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data26.password !== undefined) {
              let data44 = data26.password;
              if (typeof data44 === 'string') {
                if (func3(data44) < 1) {
                  const err100 = {
                    instancePath: instancePath + '/users/' + i5 + '/password',
                    schemaPath: '#/properties/users/items/properties/password/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              } else {
                const err101 = {
                  instancePath: instancePath + '/users/' + i5 + '/password',
                  schemaPath: '#/properties/users/items/properties/password/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data26.passwordDigest !== undefined) {
              let data45 = data26.passwordDigest;
              if (typeof data45 === 'string') {
                if (!pattern12.test(data45)) {
                  const err102 = {
                    instancePath: instancePath + '/users/' + i5 + '/passwordDigest',
                    schemaPath: '#/properties/users/items/properties/passwordDigest/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' },
                    message: 'must match pattern "' + '^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = {
                  instancePath: instancePath + '/users/' + i5 + '/passwordDigest',
                  schemaPath: '#/properties/users/items/properties/passwordDigest/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
          } else {
            const err104 = {
              instancePath: instancePath + '/users/' + i5,
              schemaPath: '#/properties/users/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.applications !== undefined) {
      let data46 = data.applications;
      if (Array.isArray(data46)) {
        if (data46.length > 2000) {
          const err106 = {
            instancePath: instancePath + '/applications',
            schemaPath: '#/properties/applications/maxItems',
            keyword: 'maxItems',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 items',
          };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        const len9 = data46.length;
        for (let i12 = 0; i12 < len9; i12++) {
          let data47 = data46[i12];
          if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
            if (data47.id === undefined) {
              const err107 = {
                instancePath: instancePath + '/applications/' + i12,
                schemaPath: '#/properties/applications/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (data47.name === undefined) {
              const err108 = {
                instancePath: instancePath + '/applications/' + i12,
                schemaPath: '#/properties/applications/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data47.type === undefined) {
              const err109 = {
                instancePath: instancePath + '/applications/' + i12,
                schemaPath: '#/properties/applications/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            for (const key9 in data47) {
              if (!func2.call(schema11.properties.applications.items.properties, key9)) {
                const err110 = {
                  instancePath: instancePath + '/applications/' + i12,
                  schemaPath: '#/properties/applications/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key9 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data47.id !== undefined) {
              let data48 = data47.id;
              if (typeof data48 === 'string') {
                if (func3(data48) < 1) {
                  const err111 = {
                    instancePath: instancePath + '/applications/' + i12 + '/id',
                    schemaPath: '#/properties/applications/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (!pattern3.test(data48)) {
                  const err112 = {
                    instancePath: instancePath + '/applications/' + i12 + '/id',
                    schemaPath: '#/properties/applications/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = {
                  instancePath: instancePath + '/applications/' + i12 + '/id',
                  schemaPath: '#/properties/applications/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data47.name !== undefined) {
              let data49 = data47.name;
              if (typeof data49 === 'string') {
                if (func3(data49) < 1) {
                  const err114 = {
                    instancePath: instancePath + '/applications/' + i12 + '/name',
                    schemaPath: '#/properties/applications/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = {
                  instancePath: instancePath + '/applications/' + i12 + '/name',
                  schemaPath: '#/properties/applications/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data47.type !== undefined) {
              let data50 = data47.type;
              if (!(data50 === 'native' || data50 === 'spa' || data50 === 'traditional' || data50 === 'm2m')) {
                const err116 = {
                  instancePath: instancePath + '/applications/' + i12 + '/type',
                  schemaPath: '#/properties/applications/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.applications.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data47.secret !== undefined) {
              let data51 = data47.secret;
              if (typeof data51 === 'string') {
                if (func3(data51) < 8) {
                  const err117 = {
                    instancePath: instancePath + '/applications/' + i12 + '/secret',
                    schemaPath: '#/properties/applications/items/properties/secret/minLength',
                    keyword: 'minLength',
                    params: { limit: 8 },
                    message: 'must NOT have fewer than 8 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              } else {
                const err118 = {
                  instancePath: instancePath + '/applications/' + i12 + '/secret',
                  schemaPath: '#/properties/applications/items/properties/secret/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data47.tokenEndpointAuthMethod !== undefined) {
              let data52 = data47.tokenEndpointAuthMethod;
              if (!(data52 === 'client_secret_basic' || data52 === 'private_key_jwt')) {
                const err119 = {
                  instancePath: instancePath + '/applications/' + i12 + '/tokenEndpointAuthMethod',
                  schemaPath: '#/properties/applications/items/properties/tokenEndpointAuthMethod/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.applications.items.properties.tokenEndpointAuthMethod.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data47.jwks !== undefined) {
              let data53 = data47.jwks;
              if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
                if (data53.keys === undefined) {
                  const err120 = {
                    instancePath: instancePath + '/applications/' + i12 + '/jwks',
                    schemaPath: '#/properties/applications/items/properties/jwks/required',
                    keyword: 'required',
                    params: { missingProperty: 'keys' },
                    message: "must have required property '" + 'keys' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                for (const key10 in data53) {
                  if (!(key10 === 'keys')) {
                    const err121 = {
                      instancePath: instancePath + '/applications/' + i12 + '/jwks',
                      schemaPath: '#/properties/applications/items/properties/jwks/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key10 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data53.keys !== undefined) {
                  let data54 = data53.keys;
                  if (Array.isArray(data54)) {
                    if (data54.length < 1) {
                      const err122 = {
                        instancePath: instancePath + '/applications/' + i12 + '/jwks/keys',
                        schemaPath: '#/properties/applications/items/properties/jwks/properties/keys/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                      };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                    const len10 = data54.length;
                    for (let i13 = 0; i13 < len10; i13++) {
                      let data55 = data54[i13];
                      if (data55 && typeof data55 == 'object' && !Array.isArray(data55)) {
                        if (data55.kty === undefined) {
                          const err123 = {
                            instancePath: instancePath + '/applications/' + i12 + '/jwks/keys/' + i13,
                            schemaPath:
                              '#/properties/applications/items/properties/jwks/properties/keys/items/required',
                            keyword: 'required',
                            params: { missingProperty: 'kty' },
                            message: "must have required property '" + 'kty' + "'",
                          };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                        if (data55.kty !== undefined) {
                          let data56 = data55.kty;
                          if (!(data56 === 'EC' || data56 === 'RSA' || data56 === 'OKP')) {
                            const err124 = {
                              instancePath: instancePath + '/applications/' + i12 + '/jwks/keys/' + i13 + '/kty',
                              schemaPath:
                                '#/properties/applications/items/properties/jwks/properties/keys/items/properties/kty/enum',
                              keyword: 'enum',
                              params: {
                                allowedValues:
                                  schema11.properties.applications.items.properties.jwks.properties.keys.items
                                    .properties.kty.enum,
                              },
                              message: 'must be equal to one of the allowed values',
                            };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err125 = {
                          instancePath: instancePath + '/applications/' + i12 + '/jwks/keys/' + i13,
                          schemaPath: '#/properties/applications/items/properties/jwks/properties/keys/items/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err126 = {
                      instancePath: instancePath + '/applications/' + i12 + '/jwks/keys',
                      schemaPath: '#/properties/applications/items/properties/jwks/properties/keys/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              } else {
                const err127 = {
                  instancePath: instancePath + '/applications/' + i12 + '/jwks',
                  schemaPath: '#/properties/applications/items/properties/jwks/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data47.redirectUris !== undefined) {
              let data57 = data47.redirectUris;
              if (Array.isArray(data57)) {
                const len11 = data57.length;
                for (let i14 = 0; i14 < len11; i14++) {
                  let data58 = data57[i14];
                  if (typeof data58 === 'string') {
                    if (!pattern0.test(data58)) {
                      const err128 = {
                        instancePath: instancePath + '/applications/' + i12 + '/redirectUris/' + i14,
                        schemaPath: '#/properties/applications/items/properties/redirectUris/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  } else {
                    const err129 = {
                      instancePath: instancePath + '/applications/' + i12 + '/redirectUris/' + i14,
                      schemaPath: '#/properties/applications/items/properties/redirectUris/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                let i15 = data57.length;
                let j3;
                if (i15 > 1) {
                  const indices3 = {};
                  for (; i15--;) {
                    let item3 = data57[i15];
                    if (typeof item3 !== 'string') {
                      continue;
                    }
                    if (typeof indices3[item3] == 'number') {
                      j3 = indices3[item3];
                      const err130 = {
                        instancePath: instancePath + '/applications/' + i12 + '/redirectUris',
                        schemaPath: '#/properties/applications/items/properties/redirectUris/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i15, j: j3 },
                        message: 'must NOT have duplicate items (items ## ' + j3 + ' and ' + i15 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i15;
                  }
                }
              } else {
                const err131 = {
                  instancePath: instancePath + '/applications/' + i12 + '/redirectUris',
                  schemaPath: '#/properties/applications/items/properties/redirectUris/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data47.postLogoutRedirectUris !== undefined) {
              let data59 = data47.postLogoutRedirectUris;
              if (Array.isArray(data59)) {
                const len12 = data59.length;
                for (let i16 = 0; i16 < len12; i16++) {
                  let data60 = data59[i16];
                  if (typeof data60 === 'string') {
                    if (!pattern0.test(data60)) {
                      const err132 = {
                        instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris/' + i16,
                        schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  } else {
                    const err133 = {
                      instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris/' + i16,
                      schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                let i17 = data59.length;
                let j4;
                if (i17 > 1) {
                  const indices4 = {};
                  for (; i17--;) {
                    let item4 = data59[i17];
                    if (typeof item4 !== 'string') {
                      continue;
                    }
                    if (typeof indices4[item4] == 'number') {
                      j4 = indices4[item4];
                      const err134 = {
                        instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris',
                        schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i17, j: j4 },
                        message: 'must NOT have duplicate items (items ## ' + j4 + ' and ' + i17 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i17;
                  }
                }
              } else {
                const err135 = {
                  instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris',
                  schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data47.roles !== undefined) {
              let data61 = data47.roles;
              if (Array.isArray(data61)) {
                const len13 = data61.length;
                for (let i18 = 0; i18 < len13; i18++) {
                  let data62 = data61[i18];
                  if (typeof data62 === 'string') {
                    if (func3(data62) < 1) {
                      const err136 = {
                        instancePath: instancePath + '/applications/' + i12 + '/roles/' + i18,
                        schemaPath: '#/properties/applications/items/properties/roles/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data62)) {
                      const err137 = {
                        instancePath: instancePath + '/applications/' + i12 + '/roles/' + i18,
                        schemaPath: '#/properties/applications/items/properties/roles/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                  } else {
                    const err138 = {
                      instancePath: instancePath + '/applications/' + i12 + '/roles/' + i18,
                      schemaPath: '#/properties/applications/items/properties/roles/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                let i19 = data61.length;
                let j5;
                if (i19 > 1) {
                  const indices5 = {};
                  for (; i19--;) {
                    let item5 = data61[i19];
                    if (typeof item5 !== 'string') {
                      continue;
                    }
                    if (typeof indices5[item5] == 'number') {
                      j5 = indices5[item5];
                      const err139 = {
                        instancePath: instancePath + '/applications/' + i12 + '/roles',
                        schemaPath: '#/properties/applications/items/properties/roles/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i19, j: j5 },
                        message: 'must NOT have duplicate items (items ## ' + j5 + ' and ' + i19 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                      break;
                    }
                    indices5[item5] = i19;
                  }
                }
              } else {
                const err140 = {
                  instancePath: instancePath + '/applications/' + i12 + '/roles',
                  schemaPath: '#/properties/applications/items/properties/roles/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data47.allowTokenExchange !== undefined) {
              if (typeof data47.allowTokenExchange !== 'boolean') {
                const err141 = {
                  instancePath: instancePath + '/applications/' + i12 + '/allowTokenExchange',
                  schemaPath: '#/properties/applications/items/properties/allowTokenExchange/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data47.rotateRefreshToken !== undefined) {
              if (typeof data47.rotateRefreshToken !== 'boolean') {
                const err142 = {
                  instancePath: instancePath + '/applications/' + i12 + '/rotateRefreshToken',
                  schemaPath: '#/properties/applications/items/properties/rotateRefreshToken/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data47.organizations !== undefined) {
              let data65 = data47.organizations;
              if (Array.isArray(data65)) {
                const len14 = data65.length;
                for (let i20 = 0; i20 < len14; i20++) {
                  let data66 = data65[i20];
                  if (data66 && typeof data66 == 'object' && !Array.isArray(data66)) {
                    if (data66.organization === undefined) {
                      const err143 = {
                        instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                        schemaPath: '#/properties/applications/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'organization' },
                        message: "must have required property '" + 'organization' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                    if (data66.roles === undefined) {
                      const err144 = {
                        instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                        schemaPath: '#/properties/applications/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'roles' },
                        message: "must have required property '" + 'roles' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                    for (const key11 in data66) {
                      if (!(key11 === 'organization' || key11 === 'roles')) {
                        const err145 = {
                          instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                          schemaPath:
                            '#/properties/applications/items/properties/organizations/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key11 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data66.organization !== undefined) {
                      let data67 = data66.organization;
                      if (typeof data67 === 'string') {
                        if (func3(data67) < 1) {
                          const err146 = {
                            instancePath:
                              instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/organization',
                            schemaPath:
                              '#/properties/applications/items/properties/organizations/items/properties/organization/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                        if (!pattern3.test(data67)) {
                          const err147 = {
                            instancePath:
                              instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/organization',
                            schemaPath:
                              '#/properties/applications/items/properties/organizations/items/properties/organization/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      } else {
                        const err148 = {
                          instancePath:
                            instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/organization',
                          schemaPath:
                            '#/properties/applications/items/properties/organizations/items/properties/organization/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data66.roles !== undefined) {
                      let data68 = data66.roles;
                      if (Array.isArray(data68)) {
                        const len15 = data68.length;
                        for (let i21 = 0; i21 < len15; i21++) {
                          let data69 = data68[i21];
                          if (typeof data69 === 'string') {
                            if (func3(data69) < 1) {
                              const err149 = {
                                instancePath:
                                  instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles/' + i21,
                                schemaPath:
                                  '#/properties/applications/items/properties/organizations/items/properties/roles/items/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                              };
                              if (vErrors === null) {
                                vErrors = [err149];
                              } else {
                                vErrors.push(err149);
                              }
                              errors++;
                            }
                            if (!pattern3.test(data69)) {
                              const err150 = {
                                instancePath:
                                  instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles/' + i21,
                                schemaPath:
                                  '#/properties/applications/items/properties/organizations/items/properties/roles/items/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                                message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err150];
                              } else {
                                vErrors.push(err150);
                              }
                              errors++;
                            }
                          } else {
                            const err151 = {
                              instancePath:
                                instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles/' + i21,
                              schemaPath:
                                '#/properties/applications/items/properties/organizations/items/properties/roles/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err151];
                            } else {
                              vErrors.push(err151);
                            }
                            errors++;
                          }
                        }
                        let i22 = data68.length;
                        let j6;
                        if (i22 > 1) {
                          const indices6 = {};
                          for (; i22--;) {
                            let item6 = data68[i22];
                            if (typeof item6 !== 'string') {
                              continue;
                            }
                            if (typeof indices6[item6] == 'number') {
                              j6 = indices6[item6];
                              const err152 = {
                                instancePath:
                                  instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles',
                                schemaPath:
                                  '#/properties/applications/items/properties/organizations/items/properties/roles/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i22, j: j6 },
                                message:
                                  'must NOT have duplicate items (items ## ' + j6 + ' and ' + i22 + ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err152];
                              } else {
                                vErrors.push(err152);
                              }
                              errors++;
                              break;
                            }
                            indices6[item6] = i22;
                          }
                        }
                      } else {
                        const err153 = {
                          instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles',
                          schemaPath:
                            '#/properties/applications/items/properties/organizations/items/properties/roles/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err153];
                        } else {
                          vErrors.push(err153);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err154 = {
                      instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                      schemaPath: '#/properties/applications/items/properties/organizations/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
              } else {
                const err155 = {
                  instancePath: instancePath + '/applications/' + i12 + '/organizations',
                  schemaPath: '#/properties/applications/items/properties/organizations/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
          } else {
            const err156 = {
              instancePath: instancePath + '/applications/' + i12,
              schemaPath: '#/properties/applications/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      } else {
        const err157 = {
          instancePath: instancePath + '/applications',
          schemaPath: '#/properties/applications/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.organizationPermissions !== undefined) {
      let data70 = data.organizationPermissions;
      if (Array.isArray(data70)) {
        const len16 = data70.length;
        for (let i23 = 0; i23 < len16; i23++) {
          let data71 = data70[i23];
          if (data71 && typeof data71 == 'object' && !Array.isArray(data71)) {
            if (data71.name === undefined) {
              const err158 = {
                instancePath: instancePath + '/organizationPermissions/' + i23,
                schemaPath: '#/properties/organizationPermissions/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            for (const key12 in data71) {
              if (!(key12 === 'name' || key12 === 'description')) {
                const err159 = {
                  instancePath: instancePath + '/organizationPermissions/' + i23,
                  schemaPath: '#/properties/organizationPermissions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key12 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data71.name !== undefined) {
              let data72 = data71.name;
              if (typeof data72 === 'string') {
                if (func3(data72) < 1) {
                  const err160 = {
                    instancePath: instancePath + '/organizationPermissions/' + i23 + '/name',
                    schemaPath: '#/properties/organizationPermissions/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
                if (!pattern2.test(data72)) {
                  const err161 = {
                    instancePath: instancePath + '/organizationPermissions/' + i23 + '/name',
                    schemaPath: '#/properties/organizationPermissions/items/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = {
                  instancePath: instancePath + '/organizationPermissions/' + i23 + '/name',
                  schemaPath: '#/properties/organizationPermissions/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data71.description !== undefined) {
              if (typeof data71.description !== 'string') {
                const err163 = {
                  instancePath: instancePath + '/organizationPermissions/' + i23 + '/description',
                  schemaPath: '#/properties/organizationPermissions/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
          } else {
            const err164 = {
              instancePath: instancePath + '/organizationPermissions/' + i23,
              schemaPath: '#/properties/organizationPermissions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
      } else {
        const err165 = {
          instancePath: instancePath + '/organizationPermissions',
          schemaPath: '#/properties/organizationPermissions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err165];
        } else {
          vErrors.push(err165);
        }
        errors++;
      }
    }
    if (data.organizationRoles !== undefined) {
      let data74 = data.organizationRoles;
      if (Array.isArray(data74)) {
        const len17 = data74.length;
        for (let i24 = 0; i24 < len17; i24++) {
          let data75 = data74[i24];
          if (data75 && typeof data75 == 'object' && !Array.isArray(data75)) {
            if (data75.id === undefined) {
              const err166 = {
                instancePath: instancePath + '/organizationRoles/' + i24,
                schemaPath: '#/properties/organizationRoles/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
            if (data75.name === undefined) {
              const err167 = {
                instancePath: instancePath + '/organizationRoles/' + i24,
                schemaPath: '#/properties/organizationRoles/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            for (const key13 in data75) {
              if (!(
                key13 === 'id' ||
                key13 === 'name' ||
                key13 === 'type' ||
                key13 === 'description' ||
                key13 === 'permissions' ||
                key13 === 'resourcePermissions'
              )) {
                const err168 = {
                  instancePath: instancePath + '/organizationRoles/' + i24,
                  schemaPath: '#/properties/organizationRoles/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key13 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data75.id !== undefined) {
              let data76 = data75.id;
              if (typeof data76 === 'string') {
                if (func3(data76) < 1) {
                  const err169 = {
                    instancePath: instancePath + '/organizationRoles/' + i24 + '/id',
                    schemaPath: '#/properties/organizationRoles/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
                if (!pattern3.test(data76)) {
                  const err170 = {
                    instancePath: instancePath + '/organizationRoles/' + i24 + '/id',
                    schemaPath: '#/properties/organizationRoles/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              } else {
                const err171 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/id',
                  schemaPath: '#/properties/organizationRoles/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data75.name !== undefined) {
              let data77 = data75.name;
              if (typeof data77 === 'string') {
                if (func3(data77) < 1) {
                  const err172 = {
                    instancePath: instancePath + '/organizationRoles/' + i24 + '/name',
                    schemaPath: '#/properties/organizationRoles/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              } else {
                const err173 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/name',
                  schemaPath: '#/properties/organizationRoles/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data75.type !== undefined) {
              let data78 = data75.type;
              if (!(data78 === 'user' || data78 === 'm2m')) {
                const err174 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/type',
                  schemaPath: '#/properties/organizationRoles/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.organizationRoles.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data75.description !== undefined) {
              if (typeof data75.description !== 'string') {
                const err175 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/description',
                  schemaPath: '#/properties/organizationRoles/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data75.permissions !== undefined) {
              let data80 = data75.permissions;
              if (Array.isArray(data80)) {
                const len18 = data80.length;
                for (let i25 = 0; i25 < len18; i25++) {
                  let data81 = data80[i25];
                  if (typeof data81 === 'string') {
                    if (func3(data81) < 1) {
                      const err176 = {
                        instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions/' + i25,
                        schemaPath: '#/properties/organizationRoles/items/properties/permissions/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                  } else {
                    const err177 = {
                      instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions/' + i25,
                      schemaPath: '#/properties/organizationRoles/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                }
                let i26 = data80.length;
                let j7;
                if (i26 > 1) {
                  const indices7 = {};
                  for (; i26--;) {
                    let item7 = data80[i26];
                    if (typeof item7 !== 'string') {
                      continue;
                    }
                    if (typeof indices7[item7] == 'number') {
                      j7 = indices7[item7];
                      const err178 = {
                        instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions',
                        schemaPath: '#/properties/organizationRoles/items/properties/permissions/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i26, j: j7 },
                        message: 'must NOT have duplicate items (items ## ' + j7 + ' and ' + i26 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i26;
                  }
                }
              } else {
                const err179 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions',
                  schemaPath: '#/properties/organizationRoles/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data75.resourcePermissions !== undefined) {
              let data82 = data75.resourcePermissions;
              if (data82 && typeof data82 == 'object' && !Array.isArray(data82)) {
                for (const key14 in data82) {
                  const _errs174 = errors;
                  if (typeof key14 === 'string') {
                    if (!pattern0.test(key14)) {
                      const err180 = {
                        instancePath: instancePath + '/organizationRoles/' + i24 + '/resourcePermissions',
                        schemaPath:
                          '#/properties/organizationRoles/items/properties/resourcePermissions/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                        propertyName: key14,
                      };
                      if (vErrors === null) {
                        vErrors = [err180];
                      } else {
                        vErrors.push(err180);
                      }
                      errors++;
                    }
                  }
                  var valid61 = _errs174 === errors;
                  if (!valid61) {
                    const err181 = {
                      instancePath: instancePath + '/organizationRoles/' + i24 + '/resourcePermissions',
                      schemaPath: '#/properties/organizationRoles/items/properties/resourcePermissions/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key14 },
                      message: 'property name must be valid',
                    };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
                for (const key15 in data82) {
                  let data83 = data82[key15];
                  if (Array.isArray(data83)) {
                    const len19 = data83.length;
                    for (let i27 = 0; i27 < len19; i27++) {
                      let data84 = data83[i27];
                      if (typeof data84 === 'string') {
                        if (func3(data84) < 1) {
                          const err182 = {
                            instancePath:
                              instancePath +
                              '/organizationRoles/' +
                              i24 +
                              '/resourcePermissions/' +
                              key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                              '/' +
                              i27,
                            schemaPath:
                              '#/properties/organizationRoles/items/properties/resourcePermissions/additionalProperties/items/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                        }
                      } else {
                        const err183 = {
                          instancePath:
                            instancePath +
                            '/organizationRoles/' +
                            i24 +
                            '/resourcePermissions/' +
                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/' +
                            i27,
                          schemaPath:
                            '#/properties/organizationRoles/items/properties/resourcePermissions/additionalProperties/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    let i28 = data83.length;
                    let j8;
                    if (i28 > 1) {
                      const indices8 = {};
                      for (; i28--;) {
                        let item8 = data83[i28];
                        if (typeof item8 !== 'string') {
                          continue;
                        }
                        if (typeof indices8[item8] == 'number') {
                          j8 = indices8[item8];
                          const err184 = {
                            instancePath:
                              instancePath +
                              '/organizationRoles/' +
                              i24 +
                              '/resourcePermissions/' +
                              key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath:
                              '#/properties/organizationRoles/items/properties/resourcePermissions/additionalProperties/uniqueItems',
                            keyword: 'uniqueItems',
                            params: { i: i28, j: j8 },
                            message:
                              'must NOT have duplicate items (items ## ' + j8 + ' and ' + i28 + ' are identical)',
                          };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i28;
                      }
                    }
                  } else {
                    const err185 = {
                      instancePath:
                        instancePath +
                        '/organizationRoles/' +
                        i24 +
                        '/resourcePermissions/' +
                        key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/organizationRoles/items/properties/resourcePermissions/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                }
              } else {
                const err186 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/resourcePermissions',
                  schemaPath: '#/properties/organizationRoles/items/properties/resourcePermissions/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
          } else {
            const err187 = {
              instancePath: instancePath + '/organizationRoles/' + i24,
              schemaPath: '#/properties/organizationRoles/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
      } else {
        const err188 = {
          instancePath: instancePath + '/organizationRoles',
          schemaPath: '#/properties/organizationRoles/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
    if (data.organizations !== undefined) {
      let data85 = data.organizations;
      if (Array.isArray(data85)) {
        if (data85.length > 5000) {
          const err189 = {
            instancePath: instancePath + '/organizations',
            schemaPath: '#/properties/organizations/maxItems',
            keyword: 'maxItems',
            params: { limit: 5000 },
            message: 'must NOT have more than 5000 items',
          };
          if (vErrors === null) {
            vErrors = [err189];
          } else {
            vErrors.push(err189);
          }
          errors++;
        }
        const len20 = data85.length;
        for (let i29 = 0; i29 < len20; i29++) {
          let data86 = data85[i29];
          if (data86 && typeof data86 == 'object' && !Array.isArray(data86)) {
            if (data86.id === undefined) {
              const err190 = {
                instancePath: instancePath + '/organizations/' + i29,
                schemaPath: '#/properties/organizations/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
            if (data86.name === undefined) {
              const err191 = {
                instancePath: instancePath + '/organizations/' + i29,
                schemaPath: '#/properties/organizations/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            for (const key16 in data86) {
              if (!(key16 === 'id' || key16 === 'name' || key16 === 'description')) {
                const err192 = {
                  instancePath: instancePath + '/organizations/' + i29,
                  schemaPath: '#/properties/organizations/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key16 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data86.id !== undefined) {
              let data87 = data86.id;
              if (typeof data87 === 'string') {
                if (func3(data87) < 1) {
                  const err193 = {
                    instancePath: instancePath + '/organizations/' + i29 + '/id',
                    schemaPath: '#/properties/organizations/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
                if (!pattern3.test(data87)) {
                  const err194 = {
                    instancePath: instancePath + '/organizations/' + i29 + '/id',
                    schemaPath: '#/properties/organizations/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = {
                  instancePath: instancePath + '/organizations/' + i29 + '/id',
                  schemaPath: '#/properties/organizations/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data86.name !== undefined) {
              let data88 = data86.name;
              if (typeof data88 === 'string') {
                if (func3(data88) < 1) {
                  const err196 = {
                    instancePath: instancePath + '/organizations/' + i29 + '/name',
                    schemaPath: '#/properties/organizations/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
              } else {
                const err197 = {
                  instancePath: instancePath + '/organizations/' + i29 + '/name',
                  schemaPath: '#/properties/organizations/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data86.description !== undefined) {
              if (typeof data86.description !== 'string') {
                const err198 = {
                  instancePath: instancePath + '/organizations/' + i29 + '/description',
                  schemaPath: '#/properties/organizations/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
          } else {
            const err199 = {
              instancePath: instancePath + '/organizations/' + i29,
              schemaPath: '#/properties/organizations/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = {
          instancePath: instancePath + '/organizations',
          schemaPath: '#/properties/organizations/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    }
  } else {
    const err201 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err201];
    } else {
      vErrors.push(err201);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
