/**
 * The small part of the untyped `az` package (OpenCorpora morphology) that
 * coopgraph uses. Only `src/extract/morphology.ts` imports it.
 */
declare module 'az' {
  /** A tag: grammemes as keys set to true, categories (POST, CAse, GNdr, NMbr, ANim, VOic) as their value. */
  export interface AzTag {
    readonly POST?: string;
    readonly CAse?: string;
    readonly GNdr?: string;
    readonly NMbr?: string;
    readonly TEns?: string;
    readonly PErs?: string;
    readonly ANim?: string;
    readonly VOic?: string;
    readonly [grammeme: string]: unknown;
    toString(): string;
  }
  export interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    readonly parser?: string;
    normalize(keepPOS?: boolean): AzParse | false;
    /** To the first form with these grammemes, or (a number) to that form of the paradigm. */
    inflect(grammemes: Readonly<Record<string, string>> | number): AzParse | false;
    /** Dictionary parses: how many forms the paradigm has. */
    readonly formCnt?: number;
    toString(): string;
  }
  export interface AzMorph {
    (word: string, config?: Readonly<Record<string, unknown>>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  const Az: { readonly Morph: AzMorph };
  export default Az;
}
