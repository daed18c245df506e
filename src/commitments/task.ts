/** Breaks between the clauses of a plan sentence; 、 joins the items of one clause and stays. */
const CLAUSE_BREAK = /[，,；;：:。！？!?]/;

/**
 * The words of a quantified task: the clause of the promising sentence that names the
 * quantity (`主要预期目标是：城镇新增就业3000人以上，…` → 城镇新增就业3000人以上), found by the
 * indicator's name as written, else by the figure; the whole sentence when neither is in it.
 */
export function taskWords(sentence: string, name: string | null, value: number | null): string {
  const clauses = sentence.split(CLAUSE_BREAK).map((clause) => clause.trim()).filter((clause) => clause !== "");
  const figure = value === null ? null : String(value);
  const found =
    (name === null ? undefined : clauses.find((clause) => clause.includes(name))) ??
    (figure === null ? undefined : clauses.find((clause) => clause.normalize("NFKC").includes(figure)));
  return found ?? sentence.trim();
}
