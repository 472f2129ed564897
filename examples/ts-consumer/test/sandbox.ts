import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

const ROOT = resolve(import.meta.dirname, "../../../..");
const STARTED = /Tomcat started on port (\d+)/;
const READY = /Started CustomersApiApplication in/;
const START_TIMEOUT_MS = 90_000;

/**
 * The packaged sandbox server (`./mvnw package`'s runnable jar) as a process of its own, on a throwaway data folder,
 * ready once it logs that it started; its console is kept in build/server.log.
 */
export class SandboxServer {
  private constructor(
    private readonly process: ChildProcess,
    private readonly dataDir: string,
    readonly baseUrl: string,
    readonly log: string,
  ) {}

  static async start(): Promise<SandboxServer> {
    const targetDir = join(ROOT, "server-impl/target");
    const jar = existsSync(targetDir) ? readdirSync(targetDir).find((name) => /^customers-api-server-.*-exec\.jar$/.test(name)) : undefined;
    if (jar === undefined) {
      throw new Error(`no server-impl/target/customers-api-server-*-exec.jar: build it first (./mvnw -pl server-impl -am -DskipTests package)`);
    }
    const dataDir = mkdtempSync(join(tmpdir(), "ts-consumer-"));
    const log = join(ROOT, "examples/ts-consumer/build/server.log");
    const server = spawn(
      "java",
      [
        `@${join(ROOT, "server-impl/jvm.options")}`,
        "-XX:TieredStopAtLevel=1",
        "-jar",
        join(targetDir, jar),
        "--server.port=0",
        "--management.server.port=0",
        `--customers.data-dir=${join(dataDir, "data")}`,
        "--customers.logging.console-flush-millis=0",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const console = createWriteStream(log);
    server.stderr?.pipe(console);
    const port = await new Promise<number>((ready, failed) => {
      let tomcatPort: number | undefined;
      const timer = setTimeout(() => failed(new Error(`the server did not start within ${START_TIMEOUT_MS} ms; its console is in ${log}`)), START_TIMEOUT_MS);
      server.once("exit", (code) => failed(new Error(`the server ended with exit status ${code}; its console is in ${log}`)));
      createInterface({ input: server.stdout! }).on("line", (line) => {
        console.write(`${line}\n`);
        const started = STARTED.exec(line);
        if (started && tomcatPort === undefined) {
          // the API's Tomcat starts first; the management port's own Tomcat logs the same line after it
          tomcatPort = Number(started[1]);
        } else if (tomcatPort !== undefined && READY.test(line)) {
          clearTimeout(timer);
          ready(tomcatPort);
        }
      });
    }).catch((error: unknown) => {
      server.kill("SIGKILL");
      throw error;
    });
    return new SandboxServer(server, dataDir, `http://127.0.0.1:${port}/api`, log);
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      const exited = new Promise((done) => this.process.once("exit", done));
      this.process.kill("SIGTERM");
      await exited;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
