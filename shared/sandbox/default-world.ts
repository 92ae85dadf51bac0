/**
 * The world the sandbox starts with. Kept as YAML text (not an object) so the comments that teach travel with it
 * into the editor, and so "reset" gives back exactly this file.
 */
export const DEFAULT_WORLD_YAML = `# Tokenscope sandbox world. Edit it and apply: the next token follows the new rules.
# Everything here is fake and local: the secrets below only open this sandbox.

# EC = P-384 keys and ES384 tokens (Logto's default). RSA = RS256, as after a key rotation.
signingKey: EC

# Used when a request sends no "resource" parameter (Logto's default API).
defaultResource: https://products.tokenscope.test

resources:
  - indicator: https://products.tokenscope.test
    name: Products API
    accessTokenTtl: 3600
    # Its sample API (/sample-api/products) can take DPoP-bound tokens only, and ask for its own nonces (RFC 9449):
    # dpopBoundAccessTokensRequired: true
    # dpopNonce: true
    permissions:
      - { name: read:products, description: List and read products }
      - { name: write:products, description: Create and edit products }
      - { name: delete:products, description: Delete products }
  - indicator: https://orders.tokenscope.test
    name: Orders API
    accessTokenTtl: 3600
    permissions:
      - { name: read:orders, description: List and read orders }
      - { name: write:orders, description: Place and change orders }

roles:
  - id: viewer
    name: Viewer
    type: user
    description: Reads products and orders
    permissions:
      https://products.tokenscope.test: [read:products]
      https://orders.tokenscope.test: [read:orders]
  - id: editor
    name: Editor
    type: user
    description: Reads and edits products and orders, cannot delete
    permissions:
      https://products.tokenscope.test: [read:products, write:products]
      https://orders.tokenscope.test: [read:orders, write:orders]
  - id: admin
    name: Admin
    type: user
    description: Everything on both APIs
    permissions:
      https://products.tokenscope.test: [read:products, write:products, delete:products]
      https://orders.tokenscope.test: [read:orders, write:orders]
  - id: inventory-sync
    name: Inventory sync
    type: m2m
    description: What the back-office job may do; note it cannot delete products
    permissions:
      https://products.tokenscope.test: [read:products, write:products]
      https://orders.tokenscope.test: [read:orders]
  - id: management-reader
    name: Management API access
    type: m2m
    description: The built-in Logto Management API (https://default.logto.app/api) grants one scope, all
    permissions:
      https://default.logto.app/api: [all]

users:
  - id: vera
    username: vera
    name: Vera Viewer
    email: vera@tokenscope.test
    roles: [viewer]
    organizations:
      - { organization: acme, roles: [member] }
  - id: eddie
    username: eddie
    name: Eddie Editor
    email: eddie@tokenscope.test
    roles: [editor]
    organizations:
      - { organization: acme, roles: [member] }
    personalAccessTokens:
      - name: eddie's laptop script
        value: pat_SandboxEddieLaptopScript00000001
  - id: ada
    username: ada
    name: Ada Admin
    email: ada@tokenscope.test
    roles: [admin]
    organizations:
      - { organization: acme, roles: [admin] }
  - id: noah
    username: noah
    name: Noah No-role
    email: noah@tokenscope.test
    roles: []

applications:
  # Native apps are public clients (PKCE, no secret); they may also run the device flow (RFC 8628).
  - id: tokenscope-native
    name: Tokenscope (native app)
    type: native
    redirectUris: [tokenscope://callback, http://127.0.0.1/callback]
    postLogoutRedirectUris: [tokenscope://signed-out, http://127.0.0.1/signed-out]
  - id: tokenscope-spa
    name: Single-page app
    type: spa
    redirectUris: [http://localhost:5173/callback]
  - id: tokenscope-web
    name: Traditional web app
    type: traditional
    secret: sandbox-web-secret-not-for-production
    redirectUris: [http://127.0.0.1:3000/callback]
    allowTokenExchange: true
  # An M2M or traditional app can sign in with its own key instead of a secret (private_key_jwt, RFC 7523):
  # add a connection in Tokenscope with private_key_jwt and a generated key, then replace the app's secret with
  #   tokenEndpointAuthMethod: private_key_jwt
  #   jwks: { keys: [ <the public JWK Tokenscope shows for the client> ] }
  - id: tokenscope-m2m
    name: Inventory sync job (M2M)
    type: m2m
    secret: sandbox-m2m-secret-not-for-production
    roles: [inventory-sync]
    organizations:
      - { organization: acme, roles: [member] }
  - id: tokenscope-admin-script
    name: Admin script (M2M, Management API)
    type: m2m
    secret: sandbox-admin-secret-not-for-production
    roles: [management-reader]

organizationPermissions:
  - { name: invite:member, description: Invite people to the organization }
  - { name: manage:billing, description: Change the organization's plan }

organizationRoles:
  - id: admin
    name: admin
    description: Runs the organization
    permissions: [invite:member, manage:billing]
    resourcePermissions:
      https://products.tokenscope.test: [read:products, write:products, delete:products]
  - id: member
    name: member
    description: Works in the organization
    permissions: []
    resourcePermissions:
      https://products.tokenscope.test: [read:products]

organizations:
  - id: acme
    name: Acme Inc.
    description: Ada runs it; Vera and Eddie are members; Noah is not in it
`;
