/** The trades with a pack of themes, apart from the packs themselves: the CLI lists them without loading every keyword. */
export const DOMAIN_IDS = ['retail', 'software', 'travel', 'services'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];
