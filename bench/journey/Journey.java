import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the email-change journey of bench/run and bench/compare, run with the JDK's source launcher:
 *
 *   java Journey.java BASE_URL[,BASE_URL...] THREADS WARMUP_SECONDS MEASURE_SECONDS FIRST-LAST [SESSIONS_FILE]
 *
 * FIRST-LAST are the customer numbers of the benchmark's data set to work for (bench/dataset: 10001-11000).
 * Each thread has customers of its own (thread t of T: FIRST + t, FIRST + t + T, ...), so no two
 * journeys ever run for one customer at once, and repeats, back to back and taking its customers in
 * turn, the five calls of the step-up journey as a client app makes them:
 *   1. PUT  /v1/customers/profiles/emails               -> 403 stepUpRequired, moreInfo.controlFlowId
 *   2. POST /v1/mfa/otp                                 -> 200 (the password goes to the sandbox outbox)
 *   3. GET  /sandbox/v1/otpOutbox?controlFlowId=...     -> 200, the 6 digits read from the message
 *   4. PUT  /v1/mfa/otp                                 -> 200 VALIDATED
 *   5. POST /v1/customers/profiles/emails/confirmation  -> 200, the new address is in the answer
 * The change gives the customer's first email address a value no other journey uses. Any other
 * status, or a confirmation whose answer lacks the new address, is an error of that call. With
 * several base URLs (server instances on one database), thread t sends to URL t mod their number.
 *
 * Before the clock starts, every customer gets a token from the token call as the client bench-app
 * (the data set's client) and its first email key. With SESSIONS_FILE, those of earlier runs are
 * taken from the file and new ones added to it, so that repeated runs against the same servers do
 * not sign 1,000 customers in again each time (the tokens must still be valid). Counted are the journeys and the calls that end
 * inside the measured window; errors are counted during the warm-up too. Prints one line:
 *   journeys=N seconds=S journeysPerSecond=X errors=E p50Ms=.. p99Ms=.. calls=C callsPerSecond=Y
 *   update=P50/P99/ERRORS sendOtp=.. readOtp=.. validateOtp=.. confirm=..
 * p50Ms and p99Ms are per journey; each call's figures are its p50 and p99 in ms and its errors.
 */
public final class Journey {

    static final String CLIENT_ID = "bench-app";
    static final String CLIENT_SECRET = "bench-app-secret";

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || args.length > 6 || !args[4].matches("\\d+-\\d+")) {
            System.err.println("usage: java Journey.java BASE_URL[,BASE_URL...] THREADS WARMUP_SECONDS MEASURE_SECONDS"
                    + " FIRST-LAST [SESSIONS_FILE]");
            System.exit(2);
        }
        List<String> bases = List.of(args[0].split(","));
        int threads = Integer.parseInt(args[1]);
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration measure = Duration.ofSeconds(Long.parseLong(args[3]));
        long first = Long.parseLong(args[4].split("-")[0]);
        long last = Long.parseLong(args[4].split("-")[1]);
        if (last - first + 1 < threads) {
            System.err.println("fewer customers (" + (last - first + 1) + ") than threads (" + threads + ")");
            System.exit(2);
        }
        SessionFile known = new SessionFile(args.length == 6 ? Path.of(args[5]) : null);
        new Journey().run(bases, threads, first, last, warmup, measure, known);
    }

    private void run(List<String> bases, int threads, long first, long last, Duration warmup, Duration measure,
                     SessionFile known) throws Exception {
        Calls calls = new Calls();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Session>>> signIns = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                String base = bases.get(thread % bases.size());
                long own = first + thread;
                signIns.add(pool.submit(() -> signIn(calls, known, base, own, last, threads)));
            }
            List<List<Session>> sessions = new ArrayList<>();
            for (Future<List<Session>> signIn : signIns) {
                sessions.add(signIn.get());
            }
            known.save(sessions.stream().flatMap(List::stream).toList());
            Window window = Window.startingNow(warmup, measure);
            List<Future<Figures>> workers = new ArrayList<>();
            for (List<Session> own : sessions) {
                workers.add(pool.submit(new Worker(calls, own, window)));
            }
            Figures total = new Figures();
            for (Future<Figures> worker : workers) {
                total.add(worker.get());
            }
            System.out.println(total.summary(measure.toNanos() / 1e9));
            calls.errorSamples().forEach(sample -> System.err.println("error: " + sample));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A token and the first email key of each customer of one thread: FIRST + t, FIRST + t + T, ... */
    private static List<Session> signIn(Calls calls, SessionFile known, String base, long own, long last, int threads)
            throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (long customer = own; customer <= last; customer += threads) {
            Session session = known.find(base, customer);
            if (session == null) {
                String token = calls.token(base, customer);
                session = new Session(base, customer, token, calls.firstEmailKey(base, token));
            }
            sessions.add(session);
        }
        return sessions;
    }
}

/** The sessions of earlier runs, one per line: base URL, customer, token, email key; none without a file. */
final class SessionFile {

    private final Path file;
    private final Map<String, Session> sessions = new HashMap<>();

    SessionFile(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(" ");
                Session session = new Session(fields[0], Long.parseLong(fields[1]), fields[2], Long.parseLong(fields[3]));
                sessions.put(key(session.base(), session.customer()), session);
            }
        }
    }

    Session find(String base, long customer) {
        return sessions.get(key(base, customer));
    }

    void save(List<Session> used) throws IOException {
        if (file == null) {
            return;
        }
        used.forEach(session -> sessions.put(key(session.base(), session.customer()), session));
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.write(written, sessions.values().stream()
                .map(s -> s.base() + " " + s.customer() + " " + s.token() + " " + s.emailKey())
                .toList());
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String key(String base, long customer) {
        return base + " " + customer;
    }
}

/** One customer as a client app holds it: the server it talks to, its token, the key of the address it changes. */
record Session(String base, long customer, String token, long emailKey) {
}

/** The warm-up and the measured window after it, in System.nanoTime(). */
record Window(long warmupEnds, long measureEnds) {

    static Window startingNow(Duration warmup, Duration measure) {
        long warmupEnds = System.nanoTime() + warmup.toNanos();
        return new Window(warmupEnds, warmupEnds + measure.toNanos());
    }

    boolean counts(long end) {
        return end >= warmupEnds && end < measureEnds;
    }
}

/** One thread's journeys, taking its customers in turn until the measured window is over. */
final class Worker implements Callable<Figures> {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Calls calls;
    private final List<Session> sessions;
    private final Window window;
    private final Figures figures = new Figures();

    Worker(Calls calls, List<Session> sessions, Window window) {
        this.calls = calls;
        this.sessions = sessions;
        this.window = window;
    }

    @Override
    public Figures call() {
        for (int turn = 0; System.nanoTime() < window.measureEnds(); turn++) {
            journey(sessions.get(turn % sessions.size()));
        }
        return figures;
    }

    private void journey(Session session) {
        long start = System.nanoTime();
        String address = "bench-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
        Step step = Step.UPDATE;
        try {
            String flow = timed(step, () -> calls.requestEmailChange(session, address));
            step = Step.SEND_OTP;
            timed(step, () -> calls.sendOtp(session, flow));
            step = Step.READ_OTP;
            String otp = timed(step, () -> calls.readOtp(session, flow));
            step = Step.VALIDATE_OTP;
            timed(step, () -> calls.validateOtp(session, flow, otp));
            step = Step.CONFIRM;
            timed(step, () -> calls.confirm(session, flow, address));
        } catch (Exception e) {
            figures.error(step);
            calls.sample(step + " (customer " + session.customer() + "): " + e);
            return;
        }
        long end = System.nanoTime();
        if (window.counts(end)) {
            figures.journey(end - start);
        }
    }

    private <T> T timed(Step step, Callable<T> call) throws Exception {
        long start = System.nanoTime();
        T answer = call.call();
        long end = System.nanoTime();
        if (window.counts(end)) {
            figures.call(step, end - start);
        }
        return answer;
    }
}

/** The five calls of the journey, in order, with the names the summary line gives them. */
enum Step {
    UPDATE("update"), SEND_OTP("sendOtp"), READ_OTP("readOtp"), VALIDATE_OTP("validateOtp"), CONFIRM("confirm");

    final String label;

    Step(String label) {
        this.label = label;
    }
}

/** Latencies and errors of one thread, or the sum of all. */
final class Figures {

    private final Latencies journeys = new Latencies();
    private final Latencies[] calls = new Latencies[Step.values().length];
    private final long[] errors = new long[Step.values().length];

    Figures() {
        Arrays.setAll(calls, i -> new Latencies());
    }

    void journey(long nanos) {
        journeys.add(nanos);
    }

    void call(Step step, long nanos) {
        calls[step.ordinal()].add(nanos);
    }

    void error(Step step) {
        errors[step.ordinal()]++;
    }

    void add(Figures other) {
        journeys.addAll(other.journeys);
        for (Step step : Step.values()) {
            calls[step.ordinal()].addAll(other.calls[step.ordinal()]);
            errors[step.ordinal()] += other.errors[step.ordinal()];
        }
    }

    String summary(double seconds) {
        long[] journeyTimes = journeys.sorted();
        long callCount = Arrays.stream(calls).mapToLong(Latencies::count).sum();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "journeys=%d seconds=%.1f journeysPerSecond=%.1f errors=%d p50Ms=%.1f p99Ms=%.1f calls=%d callsPerSecond=%.1f",
                journeyTimes.length, seconds, journeyTimes.length / seconds, Arrays.stream(errors).sum(),
                Latencies.percentileMs(journeyTimes, 50), Latencies.percentileMs(journeyTimes, 99), callCount,
                callCount / seconds));
        for (Step step : Step.values()) {
            long[] times = calls[step.ordinal()].sorted();
            line.append(String.format(Locale.ROOT, " %s=%.1f/%.1f/%d", step.label, Latencies.percentileMs(times, 50),
                    Latencies.percentileMs(times, 99), errors[step.ordinal()]));
        }
        return line.toString();
    }
}

/** A growing list of durations in nanoseconds. */
final class Latencies {

    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    long count() {
        return count;
    }

    long[] sorted() {
        long[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy;
    }

    static double percentileMs(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}

/** The HTTP calls, each checked for the answer the journey needs; any other answer throws. */
final class Calls {

    private static final Pattern CONTROL_FLOW_ID = Pattern.compile("\"controlFlowId\"\\s*:\\s*\"([0-9a-f]{32})\"");
    private static final Pattern OTP = Pattern.compile("password is (\\d{6})");
    private static final Pattern FIRST_EMAIL_KEY = Pattern.compile("\"emailKey\"\\s*:\\s*(\\d+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int ERRORS_SHOWN = 5;

    private final Http http = new Http();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    String requestEmailChange(Session session, String address) throws Exception {
        return expect(send(session, "PUT", "/v1/customers/profiles/emails",
                "{\"emails\":[{\"emailKey\":" + session.emailKey() + ",\"emailAddress\":\"" + address
                        + "\",\"preferredEmailFlag\":true}]}"), 403, CONTROL_FLOW_ID, "update");
    }

    String sendOtp(Session session, String flow) throws Exception {
        return expect(send(session, "POST", "/v1/mfa/otp",
                "{\"controlFlowId\":\"" + flow + "\",\"otpDeliveryOption\":\"EMAIL\"}"), 200, CONTROL_FLOW_ID, "send otp");
    }

    String readOtp(Session session, String flow) throws Exception {
        return expect(send(session, "GET", "/sandbox/v1/otpOutbox?controlFlowId=" + flow, null), 200, OTP, "outbox");
    }

    String validateOtp(Session session, String flow, String otp) throws Exception {
        return expect(send(session, "PUT", "/v1/mfa/otp", "{\"controlFlowId\":\"" + flow + "\",\"otpToken\":\"" + otp
                + "\",\"otpDeliveryOption\":\"EMAIL\"}"), 200, CONTROL_FLOW_ID, "validate otp");
    }

    String confirm(Session session, String flow, String address) throws Exception {
        return expect(send(session, "POST", "/v1/customers/profiles/emails/confirmation",
                "{\"controlFlowId\":\"" + flow + "\"}"), 200, Pattern.compile(Pattern.quote(address)), "confirmation");
    }

    String token(String base, long customer) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((Journey.CLIENT_ID + ":" + Journey.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Answer answer = http.send(base, "POST", "/sandbox/v1/oauth2/token", List.of(
                "Authorization: Basic " + basic,
                "uuid: " + UUID.randomUUID(),
                "client_id: " + Journey.CLIENT_ID,
                "Accept: application/json",
                "Content-Type: application/x-www-form-urlencoded"), "grant_type=client_credentials&customer=" + customer);
        return expect(answer, 200, ACCESS_TOKEN, "token for customer " + customer);
    }

    long firstEmailKey(String base, String token) throws Exception {
        return Long.parseLong(expect(send(base, token, "GET", "/v1/customers/profiles/emails", null), 200,
                FIRST_EMAIL_KEY, "emails"));
    }

    void sample(String error) {
        if (errorSamples.size() < ERRORS_SHOWN) {
            errorSamples.add(error);
        }
    }

    Iterable<String> errorSamples() {
        return errorSamples;
    }

    private static String expect(Answer answer, int status, Pattern value, String call) {
        Matcher matcher = value.matcher(answer.body());
        if (answer.status() != status || !matcher.find()) {
            throw new IllegalStateException(call + " answered " + answer.status() + ": " + answer.body());
        }
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }

    private Answer send(Session session, String method, String path, String json) throws Exception {
        return send(session.base(), session.token(), method, path, json);
    }

    private Answer send(String base, String token, String method, String path, String json) throws IOException {
        List<String> headers = new ArrayList<>(List.of(
                "Authorization: Bearer " + token,
                "uuid: " + UUID.randomUUID(),
                "client_id: " + Journey.CLIENT_ID,
                "Accept: application/json"));
        if (json != null) {
            headers.add("Content-Type: application/json");
        }
        return http.send(base, method, path, headers, json);
    }
}

/** A status and a body read as UTF-8. */
record Answer(int status, String body) {
}

/**
 * HTTP/1.1 over one kept-alive socket per thread and server, as wrk holds one per connection.
 * The JDK's HttpClient took about 1 ms of CPU per call (0.52 cores at 537 calls/s), a quarter of
 * the 2 cores the server shares with it, so that the journey measured the load generator as much
 * as the server; this takes 0.14 ms (0.11 cores at 739 calls/s, same server, same warm-up).
 */
final class Http {

    private final ThreadLocal<Map<String, Connection>> connections = ThreadLocal.withInitial(HashMap::new);

    Answer send(String base, String method, String path, List<String> headers, String body) throws IOException {
        URI uri = URI.create(base);
        Connection connection = connections.get().get(base);
        if (connection == null || connection.closed()) {
            connection = new Connection(uri.getHost(), uri.getPort());
            connections.get().put(base, connection);
        }
        StringBuilder request = new StringBuilder(512).append(method).append(' ').append(uri.getRawPath()).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        return connection.exchange(request.toString().getBytes(StandardCharsets.UTF_8), content);
    }
}

/** One socket: writes a request, reads the answer (Content-Length or chunked), closes when the server says so. */
final class Connection {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean closed;

    Connection(String host, int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    boolean closed() {
        return closed;
    }

    Answer exchange(byte[] head, byte[] content) throws IOException {
        try {
            byte[] request = Arrays.copyOf(head, head.length + content.length);
            System.arraycopy(content, 0, request, head.length, content.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = chunkSize(); size > 0; size = chunkSize()) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                answer.write(in.readNBytes((int) length));
            } else {
                answer.write(in.readAllBytes());
                closed = true;
            }
            if (closed) {
                socket.close();
            }
            return new Answer(status, answer.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            closed = true;
            socket.close();
            throw e;
        }
    }

    private int chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    /** One line without its CRLF; the header lines are ASCII. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
