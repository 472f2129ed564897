import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Shares of a collapsed-stack profile (async-profiler's "collapsed" output with "threads") by what
 * the stacks were doing, for bench/profile/profile:
 *
 *   java Shares.java FILE cpu|wall
 *
 * Each stack counts for the first kind it matches, in the order below. A cpu profile counts every
 * thread; a wall profile counts the request workers only (Tomcat's exec threads), so that it
 * shows what a request waits for, and how long the workers sit idle.
 */
public final class Shares {

    private record Kind(String name, Pattern stack) {
        Kind(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }

    private static final Pattern WORKER = Pattern.compile("^\\[http-nio-[^;]*exec-");

    private static final List<Kind> KINDS = List.of(
            new Kind("JIT compiler threads", "^\\[C[12] CompilerThre"),
            new Kind("garbage collection", "^\\[GC Thread|^\\[VM Thread"),
            new Kind("idle worker (no request)", "^\\[http-nio-[^;]*exec-[^;]*;(?!.*Http11Processor)"),
            new Kind("waiting for a shared sync", "SharedSync\\.await(?!.*SharedSync\\.runSync)"),
            new Kind("fsync", "FileChannelImpl\\.force|fsync|fdatasync"),
            new Kind("H2 storing a chunk", "org/h2/mvstore/MVStore\\.(store|commit|tryCommit|storeNow)"),
            new Kind("H2 lock waits", "org/h2/.*(LockSupport|Object\\.wait|waitFor)"),
            new Kind("connection pool waits", "HikariPool\\.getConnection;.*(LockSupport|poll)"),
            new Kind("H2 statements", "org/h2/(command|jdbc|mvstore|table|index)"),
            new Kind("PostgreSQL driver", "org/postgresql/"),
            new Kind("password hashing", "Pbkdf2|PBKDF2|HmacCore|MessageDigest|BCrypt"),
            new Kind("token checks (JWT)", "nimbus"),
            new Kind("JSON", "tools/jackson|com/fasterxml/jackson"),
            new Kind("logging", "ch/qos/logback"),
            new Kind("metrics", "io/micrometer"),
            new Kind("socket I/O", "NioEndpoint\\$NioSocketWrapper\\.(doWrite|read|fillReadBuffer)|SocketChannelImpl|epoll"),
            new Kind("Tomcat and Spring (the rest of a request)", "Http11Processor"));

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("cpu", "wall").contains(args[1])) {
            System.err.println("usage: java Shares.java FILE cpu|wall");
            System.exit(2);
        }
        boolean workersOnly = args[1].equals("wall");
        Map<String, Long> samples = new LinkedHashMap<>();
        KINDS.forEach(kind -> samples.put(kind.name(), 0L));
        samples.put("other", 0L);
        long total = 0;
        try (Stream<String> lines = Files.lines(Path.of(args[0]))) {
            for (String line : (Iterable<String>) lines::iterator) {
                int space = line.lastIndexOf(' ');
                String stack = line.substring(0, space);
                if (workersOnly && !WORKER.matcher(stack).find()) {
                    continue;
                }
                long count = Long.parseLong(line.substring(space + 1));
                total += count;
                samples.merge(kindOf(stack), count, Long::sum);
            }
        }
        System.out.printf("%d samples%s%n", total, workersOnly ? " of the request workers" : "");
        final long all = Math.max(total, 1);
        samples.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("%6.1f%%  %s%n", 100.0 * entry.getValue() / all, entry.getKey()));
    }

    private static String kindOf(String stack) {
        return KINDS.stream().filter(kind -> kind.stack().matcher(stack).find()).map(Kind::name).findFirst().orElse("other");
    }
}
