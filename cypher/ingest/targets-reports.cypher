// The scope's reports whose text may say that a target is not set this year.
MATCH (r:Report {scope: $scope})
WHERE r.text =~ '(?s).*(没有|未|不再|不)(提出|设定|设置|确定|设).{0,16}目标.*'
RETURN r.id AS id, r.year AS year, r.period AS period, r.start AS start, r.text AS text
ORDER BY id
