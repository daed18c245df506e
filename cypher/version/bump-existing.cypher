// The graph version bumped after an auto-commit statement (schema commands, batched
// deletes). Never created here: after a wipe of everything the database stays empty,
// and with no version node readers do not cache at all.
MATCH (v:GraphVersion {key: 'graph'})
SET v.counter = v.counter + 1
