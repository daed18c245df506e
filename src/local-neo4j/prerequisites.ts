import { spawnSync } from "node:child_process";

/** Thrown when the machine lacks something the local server needs; the message says what to do. */
export class PrerequisiteError extends Error {
  override readonly name = "PrerequisiteError";
}

const ALTERNATIVE = "Alternatively set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j 5 server you already run.";

/** Java 17 or newer must be on PATH; Neo4j 5.26 runs on 17 and 21. */
export function requireJava(): number {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      `Java was not found. GovKG runs its own Neo4j, which needs a Java 17 (or 21) runtime on PATH: ` +
        `install a JDK (Debian/Ubuntu: "apt-get install openjdk-17-jdk-headless"; macOS: "brew install openjdk@17") and try again. ${ALTERNATIVE}`,
    );
  }
  const text = `${result.stderr}${result.stdout}`;
  const match = /version "(?:1\.)?(\d+)/.exec(text);
  const major = match?.[1] ? Number(match[1]) : 0;
  if (major < 17) {
    throw new PrerequisiteError(`Java ${major || "(unknown version)"} is on PATH, but Neo4j 5.26 needs Java 17 or 21: install a newer runtime and put it first on PATH. ${ALTERNATIVE}`);
  }
  return major;
}

/** Maven resolves Neo4j's jars from Maven Central and compiles the launcher. */
export function requireMaven(): void {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      `Maven ("mvn") was not found. GovKG fetches Neo4j Community from Maven Central with it on the first start: ` +
        `install Maven 3.8 or newer (Debian/Ubuntu: "apt-get install maven"; macOS: "brew install maven") and try again. ${ALTERNATIVE}`,
    );
  }
}

/** The launcher is compiled on first start, which needs the JDK's javac, not just a runtime. */
export function requireJavac(): void {
  const result = spawnSync("javac", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      `The Java compiler ("javac") was not found: GovKG compiles a small Neo4j launcher on the first start, which needs a JDK 17 (or 21), not only a runtime. ` +
        `Install one (Debian/Ubuntu: "apt-get install openjdk-17-jdk-headless"; macOS: "brew install openjdk@17") and try again. ${ALTERNATIVE}`,
    );
  }
}
