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
    if (data.defaultResource !== undefined) {
      let data3 = data.defaultResource;
      if (typeof data3 === 'string') {
        if (!pattern0.test(data3)) {
          const err8 = {
            instancePath: instancePath + '/defaultResource',
            schemaPath: '#/properties/defaultResource/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
            message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/defaultResource',
          schemaPath: '#/properties/defaultResource/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.resources !== undefined) {
      let data4 = data.resources;
      if (Array.isArray(data4)) {
        if (data4.length > 1000) {
          const err10 = {
            instancePath: instancePath + '/resources',
            schemaPath: '#/properties/resources/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.indicator === undefined) {
              const err11 = {
                instancePath: instancePath + '/resources/' + i0,
                schemaPath: '#/properties/resources/items/required',
                keyword: 'required',
                params: { missingProperty: 'indicator' },
                message: "must have required property '" + 'indicator' + "'",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data5.name === undefined) {
              const err12 = {
                instancePath: instancePath + '/resources/' + i0,
                schemaPath: '#/properties/resources/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.permissions === undefined) {
              const err13 = {
                instancePath: instancePath + '/resources/' + i0,
                schemaPath: '#/properties/resources/items/required',
                keyword: 'required',
                params: { missingProperty: 'permissions' },
                message: "must have required property '" + 'permissions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === 'indicator' || key1 === 'name' || key1 === 'permissions' || key1 === 'accessTokenTtl')) {
                const err14 = {
                  instancePath: instancePath + '/resources/' + i0,
                  schemaPath: '#/properties/resources/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.indicator !== undefined) {
              let data6 = data5.indicator;
              if (typeof data6 === 'string') {
                if (!pattern0.test(data6)) {
                  const err15 = {
                    instancePath: instancePath + '/resources/' + i0 + '/indicator',
                    schemaPath: '#/properties/resources/items/properties/indicator/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                    message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + '/resources/' + i0 + '/indicator',
                  schemaPath: '#/properties/resources/items/properties/indicator/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.name !== undefined) {
              let data7 = data5.name;
              if (typeof data7 === 'string') {
                if (func3(data7) < 1) {
                  const err17 = {
                    instancePath: instancePath + '/resources/' + i0 + '/name',
                    schemaPath: '#/properties/resources/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = {
                  instancePath: instancePath + '/resources/' + i0 + '/name',
                  schemaPath: '#/properties/resources/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.permissions !== undefined) {
              let data8 = data5.permissions;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data9 = data8[i1];
                  if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                    if (data9.name === undefined) {
                      const err19 = {
                        instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1,
                        schemaPath: '#/properties/resources/items/properties/permissions/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    for (const key2 in data9) {
                      if (!(key2 === 'name' || key2 === 'description')) {
                        const err20 = {
                          instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1,
                          schemaPath: '#/properties/resources/items/properties/permissions/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data9.name !== undefined) {
                      let data10 = data9.name;
                      if (typeof data10 === 'string') {
                        if (func3(data10) < 1) {
                          const err21 = {
                            instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/name',
                            schemaPath:
                              '#/properties/resources/items/properties/permissions/items/properties/name/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                        if (!pattern2.test(data10)) {
                          const err22 = {
                            instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/name',
                            schemaPath:
                              '#/properties/resources/items/properties/permissions/items/properties/name/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^\\S+$' },
                            message: 'must match pattern "' + '^\\S+$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                      } else {
                        const err23 = {
                          instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/name',
                          schemaPath: '#/properties/resources/items/properties/permissions/items/properties/name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                    if (data9.description !== undefined) {
                      if (typeof data9.description !== 'string') {
                        const err24 = {
                          instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1 + '/description',
                          schemaPath:
                            '#/properties/resources/items/properties/permissions/items/properties/description/type',
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
                  } else {
                    const err25 = {
                      instancePath: instancePath + '/resources/' + i0 + '/permissions/' + i1,
                      schemaPath: '#/properties/resources/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
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
                  instancePath: instancePath + '/resources/' + i0 + '/permissions',
                  schemaPath: '#/properties/resources/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data5.accessTokenTtl !== undefined) {
              let data12 = data5.accessTokenTtl;
              if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
                const err27 = {
                  instancePath: instancePath + '/resources/' + i0 + '/accessTokenTtl',
                  schemaPath: '#/properties/resources/items/properties/accessTokenTtl/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (typeof data12 == 'number' && isFinite(data12)) {
                if (data12 > 86400 || isNaN(data12)) {
                  const err28 = {
                    instancePath: instancePath + '/resources/' + i0 + '/accessTokenTtl',
                    schemaPath: '#/properties/resources/items/properties/accessTokenTtl/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 86400 },
                    message: 'must be <= 86400',
                  };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data12 < 1 || isNaN(data12)) {
                  const err29 = {
                    instancePath: instancePath + '/resources/' + i0 + '/accessTokenTtl',
                    schemaPath: '#/properties/resources/items/properties/accessTokenTtl/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/resources/' + i0,
              schemaPath: '#/properties/resources/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/resources',
          schemaPath: '#/properties/resources/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.roles !== undefined) {
      let data13 = data.roles;
      if (Array.isArray(data13)) {
        if (data13.length > 1000) {
          const err32 = {
            instancePath: instancePath + '/roles',
            schemaPath: '#/properties/roles/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.id === undefined) {
              const err33 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data14.name === undefined) {
              const err34 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data14.type === undefined) {
              const err35 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data14.permissions === undefined) {
              const err36 = {
                instancePath: instancePath + '/roles/' + i2,
                schemaPath: '#/properties/roles/items/required',
                keyword: 'required',
                params: { missingProperty: 'permissions' },
                message: "must have required property '" + 'permissions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(
                key3 === 'id' ||
                key3 === 'name' ||
                key3 === 'type' ||
                key3 === 'description' ||
                key3 === 'permissions'
              )) {
                const err37 = {
                  instancePath: instancePath + '/roles/' + i2,
                  schemaPath: '#/properties/roles/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.id !== undefined) {
              let data15 = data14.id;
              if (typeof data15 === 'string') {
                if (func3(data15) < 1) {
                  const err38 = {
                    instancePath: instancePath + '/roles/' + i2 + '/id',
                    schemaPath: '#/properties/roles/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (!pattern3.test(data15)) {
                  const err39 = {
                    instancePath: instancePath + '/roles/' + i2 + '/id',
                    schemaPath: '#/properties/roles/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = {
                  instancePath: instancePath + '/roles/' + i2 + '/id',
                  schemaPath: '#/properties/roles/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.name !== undefined) {
              let data16 = data14.name;
              if (typeof data16 === 'string') {
                if (func3(data16) < 1) {
                  const err41 = {
                    instancePath: instancePath + '/roles/' + i2 + '/name',
                    schemaPath: '#/properties/roles/items/properties/name/minLength',
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
              } else {
                const err42 = {
                  instancePath: instancePath + '/roles/' + i2 + '/name',
                  schemaPath: '#/properties/roles/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data14.type !== undefined) {
              let data17 = data14.type;
              if (!(data17 === 'user' || data17 === 'm2m')) {
                const err43 = {
                  instancePath: instancePath + '/roles/' + i2 + '/type',
                  schemaPath: '#/properties/roles/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.roles.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data14.description !== undefined) {
              if (typeof data14.description !== 'string') {
                const err44 = {
                  instancePath: instancePath + '/roles/' + i2 + '/description',
                  schemaPath: '#/properties/roles/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data14.permissions !== undefined) {
              let data19 = data14.permissions;
              if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
                for (const key4 in data19) {
                  const _errs42 = errors;
                  if (typeof key4 === 'string') {
                    if (!pattern0.test(key4)) {
                      const err45 = {
                        instancePath: instancePath + '/roles/' + i2 + '/permissions',
                        schemaPath: '#/properties/roles/items/properties/permissions/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                        propertyName: key4,
                      };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  var valid10 = _errs42 === errors;
                  if (!valid10) {
                    const err46 = {
                      instancePath: instancePath + '/roles/' + i2 + '/permissions',
                      schemaPath: '#/properties/roles/items/properties/permissions/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key4 },
                      message: 'property name must be valid',
                    };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                for (const key5 in data19) {
                  let data20 = data19[key5];
                  if (Array.isArray(data20)) {
                    const len3 = data20.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data21 = data20[i3];
                      if (typeof data21 === 'string') {
                        if (func3(data21) < 1) {
                          const err47 = {
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
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = {
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
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    let i4 = data20.length;
                    let j0;
                    if (i4 > 1) {
                      const indices0 = {};
                      for (; i4--;) {
                        let item0 = data20[i4];
                        if (typeof item0 !== 'string') {
                          continue;
                        }
                        if (typeof indices0[item0] == 'number') {
                          j0 = indices0[item0];
                          const err49 = {
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
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                          break;
                        }
                        indices0[item0] = i4;
                      }
                    }
                  } else {
                    const err50 = {
                      instancePath:
                        instancePath + '/roles/' + i2 + '/permissions/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/properties/roles/items/properties/permissions/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = {
                  instancePath: instancePath + '/roles/' + i2 + '/permissions',
                  schemaPath: '#/properties/roles/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/roles/' + i2,
              schemaPath: '#/properties/roles/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + '/roles',
          schemaPath: '#/properties/roles/type',
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
    if (data.users !== undefined) {
      let data22 = data.users;
      if (Array.isArray(data22)) {
        if (data22.length > 20000) {
          const err54 = {
            instancePath: instancePath + '/users',
            schemaPath: '#/properties/users/maxItems',
            keyword: 'maxItems',
            params: { limit: 20000 },
            message: 'must NOT have more than 20000 items',
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        const len4 = data22.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data23 = data22[i5];
          if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
            if (data23.id === undefined) {
              const err55 = {
                instancePath: instancePath + '/users/' + i5,
                schemaPath: '#/properties/users/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data23.username === undefined) {
              const err56 = {
                instancePath: instancePath + '/users/' + i5,
                schemaPath: '#/properties/users/items/required',
                keyword: 'required',
                params: { missingProperty: 'username' },
                message: "must have required property '" + 'username' + "'",
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data23.roles === undefined) {
              const err57 = {
                instancePath: instancePath + '/users/' + i5,
                schemaPath: '#/properties/users/items/required',
                keyword: 'required',
                params: { missingProperty: 'roles' },
                message: "must have required property '" + 'roles' + "'",
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            for (const key6 in data23) {
              if (!func2.call(schema11.properties.users.items.properties, key6)) {
                const err58 = {
                  instancePath: instancePath + '/users/' + i5,
                  schemaPath: '#/properties/users/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data23.id !== undefined) {
              let data24 = data23.id;
              if (typeof data24 === 'string') {
                if (func3(data24) < 1) {
                  const err59 = {
                    instancePath: instancePath + '/users/' + i5 + '/id',
                    schemaPath: '#/properties/users/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (!pattern3.test(data24)) {
                  const err60 = {
                    instancePath: instancePath + '/users/' + i5 + '/id',
                    schemaPath: '#/properties/users/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = {
                  instancePath: instancePath + '/users/' + i5 + '/id',
                  schemaPath: '#/properties/users/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data23.username !== undefined) {
              let data25 = data23.username;
              if (typeof data25 === 'string') {
                if (func3(data25) < 1) {
                  const err62 = {
                    instancePath: instancePath + '/users/' + i5 + '/username',
                    schemaPath: '#/properties/users/items/properties/username/minLength',
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
              } else {
                const err63 = {
                  instancePath: instancePath + '/users/' + i5 + '/username',
                  schemaPath: '#/properties/users/items/properties/username/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data23.name !== undefined) {
              if (typeof data23.name !== 'string') {
                const err64 = {
                  instancePath: instancePath + '/users/' + i5 + '/name',
                  schemaPath: '#/properties/users/items/properties/name/type',
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
            if (data23.email !== undefined) {
              let data27 = data23.email;
              if (typeof data27 === 'string') {
                if (!pattern6.test(data27)) {
                  const err65 = {
                    instancePath: instancePath + '/users/' + i5 + '/email',
                    schemaPath: '#/properties/users/items/properties/email/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[^@\\s]+@[^@\\s]+$' },
                    message: 'must match pattern "' + '^[^@\\s]+@[^@\\s]+$' + '"',
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
                  instancePath: instancePath + '/users/' + i5 + '/email',
                  schemaPath: '#/properties/users/items/properties/email/type',
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
            if (data23.roles !== undefined) {
              let data28 = data23.roles;
              if (Array.isArray(data28)) {
                const len5 = data28.length;
                for (let i6 = 0; i6 < len5; i6++) {
                  let data29 = data28[i6];
                  if (typeof data29 === 'string') {
                    if (func3(data29) < 1) {
                      const err67 = {
                        instancePath: instancePath + '/users/' + i5 + '/roles/' + i6,
                        schemaPath: '#/properties/users/items/properties/roles/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data29)) {
                      const err68 = {
                        instancePath: instancePath + '/users/' + i5 + '/roles/' + i6,
                        schemaPath: '#/properties/users/items/properties/roles/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
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
                      instancePath: instancePath + '/users/' + i5 + '/roles/' + i6,
                      schemaPath: '#/properties/users/items/properties/roles/items/type',
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
                let i7 = data28.length;
                let j1;
                if (i7 > 1) {
                  const indices1 = {};
                  for (; i7--;) {
                    let item1 = data28[i7];
                    if (typeof item1 !== 'string') {
                      continue;
                    }
                    if (typeof indices1[item1] == 'number') {
                      j1 = indices1[item1];
                      const err70 = {
                        instancePath: instancePath + '/users/' + i5 + '/roles',
                        schemaPath: '#/properties/users/items/properties/roles/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i7, j: j1 },
                        message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i7 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i7;
                  }
                }
              } else {
                const err71 = {
                  instancePath: instancePath + '/users/' + i5 + '/roles',
                  schemaPath: '#/properties/users/items/properties/roles/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data23.organizations !== undefined) {
              let data30 = data23.organizations;
              if (Array.isArray(data30)) {
                const len6 = data30.length;
                for (let i8 = 0; i8 < len6; i8++) {
                  let data31 = data30[i8];
                  if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
                    if (data31.organization === undefined) {
                      const err72 = {
                        instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                        schemaPath: '#/properties/users/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'organization' },
                        message: "must have required property '" + 'organization' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (data31.roles === undefined) {
                      const err73 = {
                        instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                        schemaPath: '#/properties/users/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'roles' },
                        message: "must have required property '" + 'roles' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    for (const key7 in data31) {
                      if (!(key7 === 'organization' || key7 === 'roles')) {
                        const err74 = {
                          instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                          schemaPath: '#/properties/users/items/properties/organizations/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key7 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    if (data31.organization !== undefined) {
                      let data32 = data31.organization;
                      if (typeof data32 === 'string') {
                        if (func3(data32) < 1) {
                          const err75 = {
                            instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/organization',
                            schemaPath:
                              '#/properties/users/items/properties/organizations/items/properties/organization/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                        if (!pattern3.test(data32)) {
                          const err76 = {
                            instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/organization',
                            schemaPath:
                              '#/properties/users/items/properties/organizations/items/properties/organization/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      } else {
                        const err77 = {
                          instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/organization',
                          schemaPath:
                            '#/properties/users/items/properties/organizations/items/properties/organization/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    if (data31.roles !== undefined) {
                      let data33 = data31.roles;
                      if (Array.isArray(data33)) {
                        const len7 = data33.length;
                        for (let i9 = 0; i9 < len7; i9++) {
                          let data34 = data33[i9];
                          if (typeof data34 === 'string') {
                            if (func3(data34) < 1) {
                              const err78 = {
                                instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles/' + i9,
                                schemaPath:
                                  '#/properties/users/items/properties/organizations/items/properties/roles/items/minLength',
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
                            if (!pattern3.test(data34)) {
                              const err79 = {
                                instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles/' + i9,
                                schemaPath:
                                  '#/properties/users/items/properties/organizations/items/properties/roles/items/pattern',
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
                              instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles/' + i9,
                              schemaPath:
                                '#/properties/users/items/properties/organizations/items/properties/roles/items/type',
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
                        let i10 = data33.length;
                        let j2;
                        if (i10 > 1) {
                          const indices2 = {};
                          for (; i10--;) {
                            let item2 = data33[i10];
                            if (typeof item2 !== 'string') {
                              continue;
                            }
                            if (typeof indices2[item2] == 'number') {
                              j2 = indices2[item2];
                              const err81 = {
                                instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles',
                                schemaPath:
                                  '#/properties/users/items/properties/organizations/items/properties/roles/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i10, j: j2 },
                                message:
                                  'must NOT have duplicate items (items ## ' + j2 + ' and ' + i10 + ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                              break;
                            }
                            indices2[item2] = i10;
                          }
                        }
                      } else {
                        const err82 = {
                          instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8 + '/roles',
                          schemaPath: '#/properties/users/items/properties/organizations/items/properties/roles/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err83 = {
                      instancePath: instancePath + '/users/' + i5 + '/organizations/' + i8,
                      schemaPath: '#/properties/users/items/properties/organizations/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = {
                  instancePath: instancePath + '/users/' + i5 + '/organizations',
                  schemaPath: '#/properties/users/items/properties/organizations/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data23.personalAccessTokens !== undefined) {
              let data35 = data23.personalAccessTokens;
              if (Array.isArray(data35)) {
                const len8 = data35.length;
                for (let i11 = 0; i11 < len8; i11++) {
                  let data36 = data35[i11];
                  if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
                    if (data36.name === undefined) {
                      const err85 = {
                        instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                        schemaPath: '#/properties/users/items/properties/personalAccessTokens/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    if (data36.value === undefined) {
                      const err86 = {
                        instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                        schemaPath: '#/properties/users/items/properties/personalAccessTokens/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'value' },
                        message: "must have required property '" + 'value' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                    for (const key8 in data36) {
                      if (!(key8 === 'name' || key8 === 'value' || key8 === 'expiresAt')) {
                        const err87 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key8 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                    if (data36.name !== undefined) {
                      let data37 = data36.name;
                      if (typeof data37 === 'string') {
                        if (func3(data37) < 1) {
                          const err88 = {
                            instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/name',
                            schemaPath:
                              '#/properties/users/items/properties/personalAccessTokens/items/properties/name/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err88];
                          } else {
                            vErrors.push(err88);
                          }
                          errors++;
                        }
                      } else {
                        const err89 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/name',
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/properties/name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                    if (data36.value !== undefined) {
                      let data38 = data36.value;
                      if (typeof data38 === 'string') {
                        if (!pattern10.test(data38)) {
                          const err90 = {
                            instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/value',
                            schemaPath:
                              '#/properties/users/items/properties/personalAccessTokens/items/properties/value/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^pat_[A-Za-z0-9]{8,}$' },
                            message: 'must match pattern "' + '^pat_[A-Za-z0-9]{8,}$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                        }
                      } else {
                        const err91 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/value',
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/properties/value/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                    }
                    if (data36.expiresAt !== undefined) {
                      let data39 = data36.expiresAt;
                      if (typeof data39 === 'string') {
                        if (!pattern11.test(data39)) {
                          const err92 = {
                            instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/expiresAt',
                            schemaPath:
                              '#/properties/users/items/properties/personalAccessTokens/items/properties/expiresAt/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
                            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}T' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                      } else {
                        const err93 = {
                          instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11 + '/expiresAt',
                          schemaPath:
                            '#/properties/users/items/properties/personalAccessTokens/items/properties/expiresAt/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err94 = {
                      instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens/' + i11,
                      schemaPath: '#/properties/users/items/properties/personalAccessTokens/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
              } else {
                const err95 = {
                  instancePath: instancePath + '/users/' + i5 + '/personalAccessTokens',
                  schemaPath: '#/properties/users/items/properties/personalAccessTokens/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data23.customData !== undefined) {
              let data40 = data23.customData;
              if (!(data40 && typeof data40 == 'object' && !Array.isArray(data40))) {
                const err96 = {
                  instancePath: instancePath + '/users/' + i5 + '/customData',
                  schemaPath: '#/properties/users/items/properties/customData/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data23.password !== undefined) {
              let data41 = data23.password;
              if (typeof data41 === 'string') {
                if (func3(data41) < 1) {
                  const err97 = {
                    instancePath: instancePath + '/users/' + i5 + '/password',
                    schemaPath: '#/properties/users/items/properties/password/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = {
                  instancePath: instancePath + '/users/' + i5 + '/password',
                  schemaPath: '#/properties/users/items/properties/password/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data23.passwordDigest !== undefined) {
              let data42 = data23.passwordDigest;
              if (typeof data42 === 'string') {
                if (!pattern12.test(data42)) {
                  const err99 = {
                    instancePath: instancePath + '/users/' + i5 + '/passwordDigest',
                    schemaPath: '#/properties/users/items/properties/passwordDigest/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' },
                    message: 'must match pattern "' + '^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              } else {
                const err100 = {
                  instancePath: instancePath + '/users/' + i5 + '/passwordDigest',
                  schemaPath: '#/properties/users/items/properties/passwordDigest/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
          } else {
            const err101 = {
              instancePath: instancePath + '/users/' + i5,
              schemaPath: '#/properties/users/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      } else {
        const err102 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data.applications !== undefined) {
      let data43 = data.applications;
      if (Array.isArray(data43)) {
        if (data43.length > 2000) {
          const err103 = {
            instancePath: instancePath + '/applications',
            schemaPath: '#/properties/applications/maxItems',
            keyword: 'maxItems',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 items',
          };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        const len9 = data43.length;
        for (let i12 = 0; i12 < len9; i12++) {
          let data44 = data43[i12];
          if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
            if (data44.id === undefined) {
              const err104 = {
                instancePath: instancePath + '/applications/' + i12,
                schemaPath: '#/properties/applications/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            if (data44.name === undefined) {
              const err105 = {
                instancePath: instancePath + '/applications/' + i12,
                schemaPath: '#/properties/applications/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
            if (data44.type === undefined) {
              const err106 = {
                instancePath: instancePath + '/applications/' + i12,
                schemaPath: '#/properties/applications/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
            for (const key9 in data44) {
              if (!func2.call(schema11.properties.applications.items.properties, key9)) {
                const err107 = {
                  instancePath: instancePath + '/applications/' + i12,
                  schemaPath: '#/properties/applications/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key9 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data44.id !== undefined) {
              let data45 = data44.id;
              if (typeof data45 === 'string') {
                if (func3(data45) < 1) {
                  const err108 = {
                    instancePath: instancePath + '/applications/' + i12 + '/id',
                    schemaPath: '#/properties/applications/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (!pattern3.test(data45)) {
                  const err109 = {
                    instancePath: instancePath + '/applications/' + i12 + '/id',
                    schemaPath: '#/properties/applications/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              } else {
                const err110 = {
                  instancePath: instancePath + '/applications/' + i12 + '/id',
                  schemaPath: '#/properties/applications/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data44.name !== undefined) {
              let data46 = data44.name;
              if (typeof data46 === 'string') {
                if (func3(data46) < 1) {
                  const err111 = {
                    instancePath: instancePath + '/applications/' + i12 + '/name',
                    schemaPath: '#/properties/applications/items/properties/name/minLength',
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
              } else {
                const err112 = {
                  instancePath: instancePath + '/applications/' + i12 + '/name',
                  schemaPath: '#/properties/applications/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data44.type !== undefined) {
              let data47 = data44.type;
              if (!(data47 === 'native' || data47 === 'spa' || data47 === 'traditional' || data47 === 'm2m')) {
                const err113 = {
                  instancePath: instancePath + '/applications/' + i12 + '/type',
                  schemaPath: '#/properties/applications/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.applications.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data44.secret !== undefined) {
              let data48 = data44.secret;
              if (typeof data48 === 'string') {
                if (func3(data48) < 8) {
                  const err114 = {
                    instancePath: instancePath + '/applications/' + i12 + '/secret',
                    schemaPath: '#/properties/applications/items/properties/secret/minLength',
                    keyword: 'minLength',
                    params: { limit: 8 },
                    message: 'must NOT have fewer than 8 characters',
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
                  instancePath: instancePath + '/applications/' + i12 + '/secret',
                  schemaPath: '#/properties/applications/items/properties/secret/type',
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
            if (data44.tokenEndpointAuthMethod !== undefined) {
              let data49 = data44.tokenEndpointAuthMethod;
              if (!(data49 === 'client_secret_basic' || data49 === 'private_key_jwt')) {
                const err116 = {
                  instancePath: instancePath + '/applications/' + i12 + '/tokenEndpointAuthMethod',
                  schemaPath: '#/properties/applications/items/properties/tokenEndpointAuthMethod/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.applications.items.properties.tokenEndpointAuthMethod.enum,
                  },
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
            if (data44.jwks !== undefined) {
              let data50 = data44.jwks;
              if (data50 && typeof data50 == 'object' && !Array.isArray(data50)) {
                if (data50.keys === undefined) {
                  const err117 = {
                    instancePath: instancePath + '/applications/' + i12 + '/jwks',
                    schemaPath: '#/properties/applications/items/properties/jwks/required',
                    keyword: 'required',
                    params: { missingProperty: 'keys' },
                    message: "must have required property '" + 'keys' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                for (const key10 in data50) {
                  if (!(key10 === 'keys')) {
                    const err118 = {
                      instancePath: instancePath + '/applications/' + i12 + '/jwks',
                      schemaPath: '#/properties/applications/items/properties/jwks/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key10 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data50.keys !== undefined) {
                  let data51 = data50.keys;
                  if (Array.isArray(data51)) {
                    if (data51.length < 1) {
                      const err119 = {
                        instancePath: instancePath + '/applications/' + i12 + '/jwks/keys',
                        schemaPath: '#/properties/applications/items/properties/jwks/properties/keys/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                      };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    const len10 = data51.length;
                    for (let i13 = 0; i13 < len10; i13++) {
                      let data52 = data51[i13];
                      if (data52 && typeof data52 == 'object' && !Array.isArray(data52)) {
                        if (data52.kty === undefined) {
                          const err120 = {
                            instancePath: instancePath + '/applications/' + i12 + '/jwks/keys/' + i13,
                            schemaPath:
                              '#/properties/applications/items/properties/jwks/properties/keys/items/required',
                            keyword: 'required',
                            params: { missingProperty: 'kty' },
                            message: "must have required property '" + 'kty' + "'",
                          };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                        if (data52.kty !== undefined) {
                          let data53 = data52.kty;
                          if (!(data53 === 'EC' || data53 === 'RSA' || data53 === 'OKP')) {
                            const err121 = {
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
                              vErrors = [err121];
                            } else {
                              vErrors.push(err121);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err122 = {
                          instancePath: instancePath + '/applications/' + i12 + '/jwks/keys/' + i13,
                          schemaPath: '#/properties/applications/items/properties/jwks/properties/keys/items/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err123 = {
                      instancePath: instancePath + '/applications/' + i12 + '/jwks/keys',
                      schemaPath: '#/properties/applications/items/properties/jwks/properties/keys/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
              } else {
                const err124 = {
                  instancePath: instancePath + '/applications/' + i12 + '/jwks',
                  schemaPath: '#/properties/applications/items/properties/jwks/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data44.redirectUris !== undefined) {
              let data54 = data44.redirectUris;
              if (Array.isArray(data54)) {
                const len11 = data54.length;
                for (let i14 = 0; i14 < len11; i14++) {
                  let data55 = data54[i14];
                  if (typeof data55 === 'string') {
                    if (!pattern0.test(data55)) {
                      const err125 = {
                        instancePath: instancePath + '/applications/' + i12 + '/redirectUris/' + i14,
                        schemaPath: '#/properties/applications/items/properties/redirectUris/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = {
                      instancePath: instancePath + '/applications/' + i12 + '/redirectUris/' + i14,
                      schemaPath: '#/properties/applications/items/properties/redirectUris/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                let i15 = data54.length;
                let j3;
                if (i15 > 1) {
                  const indices3 = {};
                  for (; i15--;) {
                    let item3 = data54[i15];
                    if (typeof item3 !== 'string') {
                      continue;
                    }
                    if (typeof indices3[item3] == 'number') {
                      j3 = indices3[item3];
                      const err127 = {
                        instancePath: instancePath + '/applications/' + i12 + '/redirectUris',
                        schemaPath: '#/properties/applications/items/properties/redirectUris/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i15, j: j3 },
                        message: 'must NOT have duplicate items (items ## ' + j3 + ' and ' + i15 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i15;
                  }
                }
              } else {
                const err128 = {
                  instancePath: instancePath + '/applications/' + i12 + '/redirectUris',
                  schemaPath: '#/properties/applications/items/properties/redirectUris/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data44.postLogoutRedirectUris !== undefined) {
              let data56 = data44.postLogoutRedirectUris;
              if (Array.isArray(data56)) {
                const len12 = data56.length;
                for (let i16 = 0; i16 < len12; i16++) {
                  let data57 = data56[i16];
                  if (typeof data57 === 'string') {
                    if (!pattern0.test(data57)) {
                      const err129 = {
                        instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris/' + i16,
                        schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                  } else {
                    const err130 = {
                      instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris/' + i16,
                      schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                let i17 = data56.length;
                let j4;
                if (i17 > 1) {
                  const indices4 = {};
                  for (; i17--;) {
                    let item4 = data56[i17];
                    if (typeof item4 !== 'string') {
                      continue;
                    }
                    if (typeof indices4[item4] == 'number') {
                      j4 = indices4[item4];
                      const err131 = {
                        instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris',
                        schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i17, j: j4 },
                        message: 'must NOT have duplicate items (items ## ' + j4 + ' and ' + i17 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i17;
                  }
                }
              } else {
                const err132 = {
                  instancePath: instancePath + '/applications/' + i12 + '/postLogoutRedirectUris',
                  schemaPath: '#/properties/applications/items/properties/postLogoutRedirectUris/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data44.roles !== undefined) {
              let data58 = data44.roles;
              if (Array.isArray(data58)) {
                const len13 = data58.length;
                for (let i18 = 0; i18 < len13; i18++) {
                  let data59 = data58[i18];
                  if (typeof data59 === 'string') {
                    if (func3(data59) < 1) {
                      const err133 = {
                        instancePath: instancePath + '/applications/' + i12 + '/roles/' + i18,
                        schemaPath: '#/properties/applications/items/properties/roles/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data59)) {
                      const err134 = {
                        instancePath: instancePath + '/applications/' + i12 + '/roles/' + i18,
                        schemaPath: '#/properties/applications/items/properties/roles/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  } else {
                    const err135 = {
                      instancePath: instancePath + '/applications/' + i12 + '/roles/' + i18,
                      schemaPath: '#/properties/applications/items/properties/roles/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                let i19 = data58.length;
                let j5;
                if (i19 > 1) {
                  const indices5 = {};
                  for (; i19--;) {
                    let item5 = data58[i19];
                    if (typeof item5 !== 'string') {
                      continue;
                    }
                    if (typeof indices5[item5] == 'number') {
                      j5 = indices5[item5];
                      const err136 = {
                        instancePath: instancePath + '/applications/' + i12 + '/roles',
                        schemaPath: '#/properties/applications/items/properties/roles/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i19, j: j5 },
                        message: 'must NOT have duplicate items (items ## ' + j5 + ' and ' + i19 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                      break;
                    }
                    indices5[item5] = i19;
                  }
                }
              } else {
                const err137 = {
                  instancePath: instancePath + '/applications/' + i12 + '/roles',
                  schemaPath: '#/properties/applications/items/properties/roles/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data44.allowTokenExchange !== undefined) {
              if (typeof data44.allowTokenExchange !== 'boolean') {
                const err138 = {
                  instancePath: instancePath + '/applications/' + i12 + '/allowTokenExchange',
                  schemaPath: '#/properties/applications/items/properties/allowTokenExchange/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data44.rotateRefreshToken !== undefined) {
              if (typeof data44.rotateRefreshToken !== 'boolean') {
                const err139 = {
                  instancePath: instancePath + '/applications/' + i12 + '/rotateRefreshToken',
                  schemaPath: '#/properties/applications/items/properties/rotateRefreshToken/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data44.organizations !== undefined) {
              let data62 = data44.organizations;
              if (Array.isArray(data62)) {
                const len14 = data62.length;
                for (let i20 = 0; i20 < len14; i20++) {
                  let data63 = data62[i20];
                  if (data63 && typeof data63 == 'object' && !Array.isArray(data63)) {
                    if (data63.organization === undefined) {
                      const err140 = {
                        instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                        schemaPath: '#/properties/applications/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'organization' },
                        message: "must have required property '" + 'organization' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                    if (data63.roles === undefined) {
                      const err141 = {
                        instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                        schemaPath: '#/properties/applications/items/properties/organizations/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'roles' },
                        message: "must have required property '" + 'roles' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                    for (const key11 in data63) {
                      if (!(key11 === 'organization' || key11 === 'roles')) {
                        const err142 = {
                          instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                          schemaPath:
                            '#/properties/applications/items/properties/organizations/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key11 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data63.organization !== undefined) {
                      let data64 = data63.organization;
                      if (typeof data64 === 'string') {
                        if (func3(data64) < 1) {
                          const err143 = {
                            instancePath:
                              instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/organization',
                            schemaPath:
                              '#/properties/applications/items/properties/organizations/items/properties/organization/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                        }
                        if (!pattern3.test(data64)) {
                          const err144 = {
                            instancePath:
                              instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/organization',
                            schemaPath:
                              '#/properties/applications/items/properties/organizations/items/properties/organization/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                      } else {
                        const err145 = {
                          instancePath:
                            instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/organization',
                          schemaPath:
                            '#/properties/applications/items/properties/organizations/items/properties/organization/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data63.roles !== undefined) {
                      let data65 = data63.roles;
                      if (Array.isArray(data65)) {
                        const len15 = data65.length;
                        for (let i21 = 0; i21 < len15; i21++) {
                          let data66 = data65[i21];
                          if (typeof data66 === 'string') {
                            if (func3(data66) < 1) {
                              const err146 = {
                                instancePath:
                                  instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles/' + i21,
                                schemaPath:
                                  '#/properties/applications/items/properties/organizations/items/properties/roles/items/minLength',
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
                            if (!pattern3.test(data66)) {
                              const err147 = {
                                instancePath:
                                  instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles/' + i21,
                                schemaPath:
                                  '#/properties/applications/items/properties/organizations/items/properties/roles/items/pattern',
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
                                instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles/' + i21,
                              schemaPath:
                                '#/properties/applications/items/properties/organizations/items/properties/roles/items/type',
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
                        let i22 = data65.length;
                        let j6;
                        if (i22 > 1) {
                          const indices6 = {};
                          for (; i22--;) {
                            let item6 = data65[i22];
                            if (typeof item6 !== 'string') {
                              continue;
                            }
                            if (typeof indices6[item6] == 'number') {
                              j6 = indices6[item6];
                              const err149 = {
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
                                vErrors = [err149];
                              } else {
                                vErrors.push(err149);
                              }
                              errors++;
                              break;
                            }
                            indices6[item6] = i22;
                          }
                        }
                      } else {
                        const err150 = {
                          instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20 + '/roles',
                          schemaPath:
                            '#/properties/applications/items/properties/organizations/items/properties/roles/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err151 = {
                      instancePath: instancePath + '/applications/' + i12 + '/organizations/' + i20,
                      schemaPath: '#/properties/applications/items/properties/organizations/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
              } else {
                const err152 = {
                  instancePath: instancePath + '/applications/' + i12 + '/organizations',
                  schemaPath: '#/properties/applications/items/properties/organizations/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
          } else {
            const err153 = {
              instancePath: instancePath + '/applications/' + i12,
              schemaPath: '#/properties/applications/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
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
          instancePath: instancePath + '/applications',
          schemaPath: '#/properties/applications/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.organizationPermissions !== undefined) {
      let data67 = data.organizationPermissions;
      if (Array.isArray(data67)) {
        const len16 = data67.length;
        for (let i23 = 0; i23 < len16; i23++) {
          let data68 = data67[i23];
          if (data68 && typeof data68 == 'object' && !Array.isArray(data68)) {
            if (data68.name === undefined) {
              const err155 = {
                instancePath: instancePath + '/organizationPermissions/' + i23,
                schemaPath: '#/properties/organizationPermissions/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
            for (const key12 in data68) {
              if (!(key12 === 'name' || key12 === 'description')) {
                const err156 = {
                  instancePath: instancePath + '/organizationPermissions/' + i23,
                  schemaPath: '#/properties/organizationPermissions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key12 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data68.name !== undefined) {
              let data69 = data68.name;
              if (typeof data69 === 'string') {
                if (func3(data69) < 1) {
                  const err157 = {
                    instancePath: instancePath + '/organizationPermissions/' + i23 + '/name',
                    schemaPath: '#/properties/organizationPermissions/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
                if (!pattern2.test(data69)) {
                  const err158 = {
                    instancePath: instancePath + '/organizationPermissions/' + i23 + '/name',
                    schemaPath: '#/properties/organizationPermissions/items/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
              } else {
                const err159 = {
                  instancePath: instancePath + '/organizationPermissions/' + i23 + '/name',
                  schemaPath: '#/properties/organizationPermissions/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data68.description !== undefined) {
              if (typeof data68.description !== 'string') {
                const err160 = {
                  instancePath: instancePath + '/organizationPermissions/' + i23 + '/description',
                  schemaPath: '#/properties/organizationPermissions/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
          } else {
            const err161 = {
              instancePath: instancePath + '/organizationPermissions/' + i23,
              schemaPath: '#/properties/organizationPermissions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
      } else {
        const err162 = {
          instancePath: instancePath + '/organizationPermissions',
          schemaPath: '#/properties/organizationPermissions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err162];
        } else {
          vErrors.push(err162);
        }
        errors++;
      }
    }
    if (data.organizationRoles !== undefined) {
      let data71 = data.organizationRoles;
      if (Array.isArray(data71)) {
        const len17 = data71.length;
        for (let i24 = 0; i24 < len17; i24++) {
          let data72 = data71[i24];
          if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
            if (data72.id === undefined) {
              const err163 = {
                instancePath: instancePath + '/organizationRoles/' + i24,
                schemaPath: '#/properties/organizationRoles/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
            if (data72.name === undefined) {
              const err164 = {
                instancePath: instancePath + '/organizationRoles/' + i24,
                schemaPath: '#/properties/organizationRoles/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            for (const key13 in data72) {
              if (!(
                key13 === 'id' ||
                key13 === 'name' ||
                key13 === 'type' ||
                key13 === 'description' ||
                key13 === 'permissions' ||
                key13 === 'resourcePermissions'
              )) {
                const err165 = {
                  instancePath: instancePath + '/organizationRoles/' + i24,
                  schemaPath: '#/properties/organizationRoles/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key13 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data72.id !== undefined) {
              let data73 = data72.id;
              if (typeof data73 === 'string') {
                if (func3(data73) < 1) {
                  const err166 = {
                    instancePath: instancePath + '/organizationRoles/' + i24 + '/id',
                    schemaPath: '#/properties/organizationRoles/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
                if (!pattern3.test(data73)) {
                  const err167 = {
                    instancePath: instancePath + '/organizationRoles/' + i24 + '/id',
                    schemaPath: '#/properties/organizationRoles/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              } else {
                const err168 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/id',
                  schemaPath: '#/properties/organizationRoles/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data72.name !== undefined) {
              let data74 = data72.name;
              if (typeof data74 === 'string') {
                if (func3(data74) < 1) {
                  const err169 = {
                    instancePath: instancePath + '/organizationRoles/' + i24 + '/name',
                    schemaPath: '#/properties/organizationRoles/items/properties/name/minLength',
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
              } else {
                const err170 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/name',
                  schemaPath: '#/properties/organizationRoles/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data72.type !== undefined) {
              let data75 = data72.type;
              if (!(data75 === 'user' || data75 === 'm2m')) {
                const err171 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/type',
                  schemaPath: '#/properties/organizationRoles/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.organizationRoles.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data72.description !== undefined) {
              if (typeof data72.description !== 'string') {
                const err172 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/description',
                  schemaPath: '#/properties/organizationRoles/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
            if (data72.permissions !== undefined) {
              let data77 = data72.permissions;
              if (Array.isArray(data77)) {
                const len18 = data77.length;
                for (let i25 = 0; i25 < len18; i25++) {
                  let data78 = data77[i25];
                  if (typeof data78 === 'string') {
                    if (func3(data78) < 1) {
                      const err173 = {
                        instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions/' + i25,
                        schemaPath: '#/properties/organizationRoles/items/properties/permissions/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  } else {
                    const err174 = {
                      instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions/' + i25,
                      schemaPath: '#/properties/organizationRoles/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                let i26 = data77.length;
                let j7;
                if (i26 > 1) {
                  const indices7 = {};
                  for (; i26--;) {
                    let item7 = data77[i26];
                    if (typeof item7 !== 'string') {
                      continue;
                    }
                    if (typeof indices7[item7] == 'number') {
                      j7 = indices7[item7];
                      const err175 = {
                        instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions',
                        schemaPath: '#/properties/organizationRoles/items/properties/permissions/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i26, j: j7 },
                        message: 'must NOT have duplicate items (items ## ' + j7 + ' and ' + i26 + ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i26;
                  }
                }
              } else {
                const err176 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/permissions',
                  schemaPath: '#/properties/organizationRoles/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
            }
            if (data72.resourcePermissions !== undefined) {
              let data79 = data72.resourcePermissions;
              if (data79 && typeof data79 == 'object' && !Array.isArray(data79)) {
                for (const key14 in data79) {
                  const _errs168 = errors;
                  if (typeof key14 === 'string') {
                    if (!pattern0.test(key14)) {
                      const err177 = {
                        instancePath: instancePath + '/organizationRoles/' + i24 + '/resourcePermissions',
                        schemaPath:
                          '#/properties/organizationRoles/items/properties/resourcePermissions/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$' + '"',
                        propertyName: key14,
                      };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                  }
                  var valid61 = _errs168 === errors;
                  if (!valid61) {
                    const err178 = {
                      instancePath: instancePath + '/organizationRoles/' + i24 + '/resourcePermissions',
                      schemaPath: '#/properties/organizationRoles/items/properties/resourcePermissions/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key14 },
                      message: 'property name must be valid',
                    };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                for (const key15 in data79) {
                  let data80 = data79[key15];
                  if (Array.isArray(data80)) {
                    const len19 = data80.length;
                    for (let i27 = 0; i27 < len19; i27++) {
                      let data81 = data80[i27];
                      if (typeof data81 === 'string') {
                        if (func3(data81) < 1) {
                          const err179 = {
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
                            vErrors = [err179];
                          } else {
                            vErrors.push(err179);
                          }
                          errors++;
                        }
                      } else {
                        const err180 = {
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
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                    }
                    let i28 = data80.length;
                    let j8;
                    if (i28 > 1) {
                      const indices8 = {};
                      for (; i28--;) {
                        let item8 = data80[i28];
                        if (typeof item8 !== 'string') {
                          continue;
                        }
                        if (typeof indices8[item8] == 'number') {
                          j8 = indices8[item8];
                          const err181 = {
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
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i28;
                      }
                    }
                  } else {
                    const err182 = {
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
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                }
              } else {
                const err183 = {
                  instancePath: instancePath + '/organizationRoles/' + i24 + '/resourcePermissions',
                  schemaPath: '#/properties/organizationRoles/items/properties/resourcePermissions/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
          } else {
            const err184 = {
              instancePath: instancePath + '/organizationRoles/' + i24,
              schemaPath: '#/properties/organizationRoles/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
      } else {
        const err185 = {
          instancePath: instancePath + '/organizationRoles',
          schemaPath: '#/properties/organizationRoles/type',
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
    if (data.organizations !== undefined) {
      let data82 = data.organizations;
      if (Array.isArray(data82)) {
        if (data82.length > 5000) {
          const err186 = {
            instancePath: instancePath + '/organizations',
            schemaPath: '#/properties/organizations/maxItems',
            keyword: 'maxItems',
            params: { limit: 5000 },
            message: 'must NOT have more than 5000 items',
          };
          if (vErrors === null) {
            vErrors = [err186];
          } else {
            vErrors.push(err186);
          }
          errors++;
        }
        const len20 = data82.length;
        for (let i29 = 0; i29 < len20; i29++) {
          let data83 = data82[i29];
          if (data83 && typeof data83 == 'object' && !Array.isArray(data83)) {
            if (data83.id === undefined) {
              const err187 = {
                instancePath: instancePath + '/organizations/' + i29,
                schemaPath: '#/properties/organizations/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
            if (data83.name === undefined) {
              const err188 = {
                instancePath: instancePath + '/organizations/' + i29,
                schemaPath: '#/properties/organizations/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
            for (const key16 in data83) {
              if (!(key16 === 'id' || key16 === 'name' || key16 === 'description')) {
                const err189 = {
                  instancePath: instancePath + '/organizations/' + i29,
                  schemaPath: '#/properties/organizations/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key16 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data83.id !== undefined) {
              let data84 = data83.id;
              if (typeof data84 === 'string') {
                if (func3(data84) < 1) {
                  const err190 = {
                    instancePath: instancePath + '/organizations/' + i29 + '/id',
                    schemaPath: '#/properties/organizations/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
                if (!pattern3.test(data84)) {
                  const err191 = {
                    instancePath: instancePath + '/organizations/' + i29 + '/id',
                    schemaPath: '#/properties/organizations/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.:-]+$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.:-]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              } else {
                const err192 = {
                  instancePath: instancePath + '/organizations/' + i29 + '/id',
                  schemaPath: '#/properties/organizations/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data83.name !== undefined) {
              let data85 = data83.name;
              if (typeof data85 === 'string') {
                if (func3(data85) < 1) {
                  const err193 = {
                    instancePath: instancePath + '/organizations/' + i29 + '/name',
                    schemaPath: '#/properties/organizations/items/properties/name/minLength',
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
              } else {
                const err194 = {
                  instancePath: instancePath + '/organizations/' + i29 + '/name',
                  schemaPath: '#/properties/organizations/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
            if (data83.description !== undefined) {
              if (typeof data83.description !== 'string') {
                const err195 = {
                  instancePath: instancePath + '/organizations/' + i29 + '/description',
                  schemaPath: '#/properties/organizations/items/properties/description/type',
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
          } else {
            const err196 = {
              instancePath: instancePath + '/organizations/' + i29,
              schemaPath: '#/properties/organizations/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
      } else {
        const err197 = {
          instancePath: instancePath + '/organizations',
          schemaPath: '#/properties/organizations/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
  } else {
    const err198 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err198];
    } else {
      vErrors.push(err198);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
