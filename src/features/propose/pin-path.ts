/** The path a pin adds to `fixed`: an added address-space prefix pins the whole address space. */
export function pinPathOf(path: string): string {
  return path.startsWith('vnet.addressSpace') ? 'vnet.addressSpace' : path;
}
