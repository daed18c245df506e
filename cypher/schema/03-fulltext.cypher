// Name search across entity labels. The cjk analyzer indexes Chinese as overlapping
// character bigrams, so a substring such as 高铁 finds 京沪高铁 (the standard
// analyzer would keep a whole run of Han characters as one token).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Project|Department|Organization|Indicator|Problem)
ON EACH [n.name, n.aliases, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
