/** A name some report of the scope confirmed as a project (extracted, not linked), and its node. */
export interface ConfirmedName {
  readonly name: string;
  readonly key: string;
  /** Sentences it was named in that hold quotes: where its quotes were (`“保交房”攻坚战`). */
  readonly sentences?: readonly string[];
}
