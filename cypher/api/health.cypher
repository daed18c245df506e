// Liveness probe for /healthz.
RETURN 1 AS ok
