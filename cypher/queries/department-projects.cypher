// :param department => "发改委"
// :param scope => null
// Which projects a department leads or is responsible for, per report year. The
// department matches by name or any spelling (发展改革委, 发展和改革委员会 …).
MATCH (d:Department)
WHERE ($scope IS NULL OR d.scope = $scope)
  AND (d.name CONTAINS $department OR any(alias IN d.aliases WHERE alias CONTAINS $department))
MATCH (d)-[x:RESPONSIBLE_FOR]->(p:Project)
MATCH (r:Report {id: x.reportId})
OPTIONAL MATCH (e:Evidence {id: x.evidenceId})
RETURN d.name AS department, d.scope AS scope, x.role AS role, p.name AS project, r.year AS year,
       r.title AS report, e.text AS evidence
ORDER BY department, year, project
LIMIT 200
