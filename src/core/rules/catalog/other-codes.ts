import type { CodeEntry } from './catalog-types.ts';

/** parsePlanDocument: problems with the shape of a plan document (rule `plan`). */
export const PLAN_CODES = {
  PLAN_NOT_JSON: { severity: 'error', rules: [], when: 'The text is not JSON. Nothing is loaded.' },
  PLAN_WRONG_TYPE: {
    severity: 'error',
    rules: [],
    when: 'A field has the wrong JSON type (`"maxPods": "x"`), or the document is not an object. The value is left out, so its default applies; a required field is read as empty instead (`"addressPrefixes": "10.0.0.0/24"` → `[]`), so the plan keeps its types.',
  },
  PLAN_VALUE_INVALID: {
    severity: 'error',
    rules: [],
    when: 'A value outside its allowed set or range (`"tier": "Gold"`, a negative count, a list too long). Left out.',
  },
  PLAN_MISSING_FIELD: {
    severity: 'error',
    rules: [],
    when: 'A required field is missing (`schemaVersion`, `nodePools`, a subnet\'s `name`…); it is read as empty (`""`, `[]`, 0).',
  },
  PLAN_SCHEMA_VERSION: { severity: 'error', rules: [], when: '`schemaVersion` is not 1.' },
  PLAN_DUPLICATE_KEY: {
    severity: 'warning',
    rules: [],
    when: 'The JSON text names the same key twice in one object; the last value is used, as JSON.parse does.',
  },
  PLAN_UNKNOWN_FIELD: {
    severity: 'warning',
    rules: [],
    when: 'A field the document does not define (a typo such as `maxPod`). Ignored.',
  },
} as const satisfies Record<string, CodeEntry>;

/** decodePlan: problems with a share link (rule `share`; the path is the link parameter). */
export const SHARE_CODES = {
  SHARE_PARAM_INVALID: {
    severity: 'error',
    rules: [],
    when: 'A value that does not read, a row field without `:`, a subnet without a name or `cidr:`. Left out.',
  },
  SHARE_TOO_LONG: {
    severity: 'error',
    rules: [],
    when: 'Text, a list or the rows longer than a plan file allows, or a link over 500,000 characters. Left out.',
  },
  SHARE_PARAM_UNKNOWN: {
    severity: 'warning',
    rules: [],
    when: 'A key or row field the grammar does not have. Ignored.',
  },
  SHARE_PARAM_DUPLICATE: {
    severity: 'warning',
    rules: [],
    when: 'A key or row field given twice; the first is used.',
  },
  SHARE_VERSION_UNSUPPORTED: {
    severity: 'warning',
    rules: [],
    when: '`v` is not 1; read as version 1 where possible.',
  },
  SHARE_VERSION_MISSING: { severity: 'info', rules: [], when: 'No `v`; read as version 1.' },
  SHARE_MORE_FINDINGS: {
    severity: 'warning',
    rules: [],
    when: 'More than 50 problems; the rest are counted, not listed.',
  },
  SHARE_LINK_CUT: {
    severity: 'error or warning',
    rules: [],
    when: 'A version-1.1 link ends before its `len=` mark or is shorter than it says: it was cut; what arrived is loaded and counted. A warning when only the mark itself was cut.',
  },
  SHARE_LINK_CHANGED: {
    severity: 'warning',
    rules: [],
    when: 'A version-1.1 link is longer than its `len=` mark says: edited by hand; read as it is.',
  },
} as const satisfies Record<string, CodeEntry>;

/** proposePlan: why no valid plan could be laid out (rules as given; rule `R70` when none applies). */
export const PROPOSAL_CODES = {
  PROPOSAL_VNET_TOO_SMALL: {
    severity: 'error',
    rules: ['R8', 'R60'],
    when: "The subnets don't fit in the VNet address space and the space is fixed (or no free RFC 1918 prefix holds them); says by how much and what to add. Also: a dual-stack VNet without IPv6 space that may not grow.",
  },
  PROPOSAL_VNET_SPACE_CONFLICT: {
    severity: 'error',
    rules: ['R45'],
    when: "The VNet address space overlaps a connected network or a reserved range; the proposal doesn't move a VNet.",
  },
  PROPOSAL_FIXED_RANGE_TOO_SMALL: {
    severity: 'error',
    rules: ['R70'],
    when: 'A fixed subnet or pod CIDR is smaller than what the pools need during upgrade.',
  },
  PROPOSAL_FIXED_RANGE_CONFLICT: {
    severity: 'error',
    rules: ['R8', 'R18', 'R43', 'R44'],
    when: 'A fixed range (or a subnet nothing uses, which the proposal leaves alone) overlaps something or lies outside the VNet; a fixed DNS service IP outside the proposed service CIDR.',
  },
  PROPOSAL_SUBNET_TOO_LARGE: {
    severity: 'error',
    rules: ['R5'],
    when: 'A subnet would need more than a /2: split its pools across subnets.',
  },
  PROPOSAL_POD_CIDR_TOO_LARGE: {
    severity: 'error',
    rules: ['R15'],
    when: 'The nodes and surge nodes need a pod CIDR larger than /8.',
  },
  PROPOSAL_SERVICE_CIDR_TOO_LARGE: {
    severity: 'error',
    rules: ['R39'],
    when: '`expectedServices` needs more ClusterIPs than a /13 (IPv6 /108) holds.',
  },
  PROPOSAL_NO_FREE_RANGE: {
    severity: 'error',
    rules: ['R18', 'R43'],
    when: 'No free private block of the needed size is left for a pod or service CIDR.',
  },
  PROPOSAL_INPUT_INCOMPLETE: {
    severity: 'error',
    rules: [],
    when: "The input has a problem the proposal can't fix by itself (a pool naming a missing subnet, autoscaling without bounds, an unreadable connected or fixed CIDR); the message quotes it, and the finding carries the cause's rule.",
  },
  PROPOSAL_INTERNAL_ERROR: {
    severity: 'error',
    rules: [],
    when: 'A planner bug caught at the boundary; the plan is returned unchanged.',
  },
} as const satisfies Record<string, CodeEntry>;

/** azCliCommands, bicepTemplate, terraformConfig: why a plan can't be written faithfully (rule `export`). */
export const EXPORT_CODES = {
  EXPORT_VALUE_NOT_IN_LIST: {
    severity: 'error',
    rules: [],
    when: 'A fixed-choice value (tier, data plane, policy, outbound type, IP allocation mode, pool mode or OS, subnet purpose, connected network kind) is not in its list.',
  },
  EXPORT_VALUE_UNWRITABLE: {
    severity: 'error',
    rules: [],
    when: "A value holds NUL, or is not in Unicode NFC form (Terraform's parser would rewrite it, so the formats would deploy different names).",
  },
  EXPORT_NO_SYSTEM_POOL: {
    severity: 'error',
    rules: [],
    when: 'No pool has mode System (no format promotes a User pool silently).',
  },
  EXPORT_SUBNET_NOT_FOUND: {
    severity: 'error',
    rules: [],
    when: "A pool's subnet or pod subnet is not in the VNet (no format leaves the pool out silently).",
  },
  EXPORT_NEEDS_VNET: {
    severity: 'error',
    rules: [],
    when: '"Existing VNet" is chosen, or outbound type is user-defined routing, and the plan has no VNet.',
  },
} as const satisfies Record<string, CodeEntry>;

/** importAzureJson: what an Azure import read, converted or left out (rule `import`). */
export const AZURE_IMPORT_CODE_ENTRIES = {
  AZURE_IMPORT_NOT_JSON: {
    severity: 'error',
    rules: [],
    when: 'A box holds text that is not JSON; that box is ignored.',
  },
  AZURE_IMPORT_UNRECOGNIZED: {
    severity: 'error',
    rules: [],
    when: "JSON that is none of the three commands' output; ignored.",
  },
  AZURE_IMPORT_WRONG_BOX: {
    severity: 'info',
    rules: [],
    when: "Another command's output in a box; read as what it is.",
  },
  AZURE_IMPORT_DUPLICATE: {
    severity: 'warning',
    rules: [],
    when: "Two boxes hold the same command's output; the second is ignored.",
  },
  AZURE_IMPORT_READ: { severity: 'info', rules: [], when: 'What was read from each input.' },
  AZURE_IMPORT_MISSING: {
    severity: 'warning or info',
    rules: [],
    when: 'A field the plan needs is missing or null; the default applies or nothing is guessed.',
  },
  AZURE_IMPORT_UNSUPPORTED: {
    severity: 'warning',
    rules: [],
    when: "A value the plan can't hold (outboundType managedNATGatewayV2); left out.",
  },
  AZURE_IMPORT_CONVERTED: {
    severity: 'info',
    rules: [],
    when: 'A value read in another form (tier Paid → Standard, VirtualMachines pool counts summed).',
  },
  AZURE_IMPORT_SUBNET_PURPOSES: {
    severity: 'info',
    rules: [],
    when: 'Subnet purposes inferred from which pools and settings name them.',
  },
  AZURE_IMPORT_SUBNET_NOT_IN_VNET: {
    severity: 'warning',
    rules: [],
    when: 'A subnet named by the cluster is missing from the pasted VNet.',
  },
  AZURE_IMPORT_POOLS_MERGED: {
    severity: 'warning or info',
    rules: [],
    when: 'Pools from `az aks nodepool list` replaced or joined those of `az aks show`.',
  },
  AZURE_IMPORT_NOTE: {
    severity: 'info',
    rules: [],
    when: "Something the plan doesn't model (current pod IP use, AKS-managed VNet).",
  },
  AZURE_IMPORT_FAILED: {
    severity: 'error',
    rules: [],
    when: 'A bug inside the importer; nothing was imported.',
  },
} as const satisfies Record<string, CodeEntry>;

/** A planner bug caught at the boundary (evaluatePlan). */
export const INTERNAL_CODES = {
  INTERNAL_ERROR: {
    severity: 'error',
    rules: [],
    when: 'A bug in the planner caught at the boundary; the property tests assert it never appears.',
  },
} as const satisfies Record<string, CodeEntry>;

/**
 * The app's form (src/state/plan-draft.ts), not the core: a number field that can't become a plan
 * value. The field keeps the text, and the plan uses the default until it reads.
 */
export const FORM_CODES = {
  FIELD_NOT_A_NUMBER: {
    severity: 'error',
    rules: [],
    when: 'A whole-number field (count, maxPods, otherIps…) holds text that is not a whole number.',
  },
  FIELD_OUT_OF_RANGE: {
    severity: 'error',
    rules: [],
    when: 'A whole-number field holds a number below or above what a plan allows for it.',
  },
} as const satisfies Record<string, CodeEntry>;
