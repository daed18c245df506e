/**
 * Folds a text for matching names, character by character so offsets stay exact:
 * width and compatibility forms (full-width Latin and digits, Kangxi radicals) to
 * their NFKC form where that is one character, Latin to upper case. Names are folded
 * the same way by normalizeName, so a name and its mentions compare equal.
 */
export function foldText(text: string): string {
  let folded = "";
  for (const char of text) {
    const normal = char.normalize("NFKC").toUpperCase();
    folded += normal.length === char.length ? normal : char;
  }
  return folded;
}
