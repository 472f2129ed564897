import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the email-update journey of bench/run, run with the JDK's source launcher:
 *
 *   java Journey.java BASE_URL CONCURRENCY WARMUP_SECONDS MEASURE_SECONDS
 *
 * Each of CONCURRENCY threads repeats, back to back, the five calls of the step-up journey as a
 * client app would make them:
 *   1. PUT  /v1/customers/profiles/emails               -> 403 stepUpRequired, moreInfo.controlFlowId
 *   2. POST /v1/mfa/otp                                 -> 200 (the password goes to the sandbox outbox)
 *   3. GET  /sandbox/v1/otpOutbox?controlFlowId=...     -> 200, the 6 digits read from the message
 *   4. PUT  /v1/mfa/otp                                 -> 200 VALIDATED
 *   5. POST /v1/customers/profiles/emails/confirmation  -> 200, the new address is in the answer
 * Thread i works for sandbox customer (i mod 3) + 1 with that customer's own token, and changes
 * the value of the customer's first email address to an address no other journey uses, so
 * that concurrent journeys never make each other's change invalid (adding addresses instead
 * would hit the 20-address limit). Any other status, or a confirmation whose answer lacks the
 * new address, counts as an error.
 *
 * Prints one line: journeys=N seconds=S journeysPerSecond=X errors=E p50Ms=.. p99Ms=.. (per journey).
 */
public final class Journey {

    private static final Pattern CONTROL_FLOW_ID = Pattern.compile("\"controlFlowId\"\\s*:\\s*\"([0-9a-f]{32})\"");
    private static final Pattern OTP = Pattern.compile("password is (\\d{6})");
    private static final Pattern FIRST_EMAIL_KEY = Pattern.compile("\"emailKey\"\\s*:\\s*(\\d+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int CUSTOMERS = 3;
    private static final int ERRORS_SHOWN = 5;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();

    private Journey(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java Journey.java BASE_URL CONCURRENCY WARMUP_SECONDS MEASURE_SECONDS");
            System.exit(2);
        }
        Journey journey = new Journey(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        journey.run(concurrency, Duration.ofSeconds(Long.parseLong(args[2])), Duration.ofSeconds(Long.parseLong(args[3])));
    }

    private void run(int concurrency, Duration warmup, Duration measure) throws Exception {
        String[] tokens = new String[CUSTOMERS];
        long[] emailKeys = new long[CUSTOMERS];
        for (int customer = 1; customer <= CUSTOMERS; customer++) {
            tokens[customer - 1] = token(customer);
            emailKeys[customer - 1] = firstEmailKey(tokens[customer - 1]);
        }
        long warmupEnds = System.nanoTime() + warmup.toNanos();
        long measureEnds = warmupEnds + measure.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            int customer = i % CUSTOMERS;
            workers.add(pool.submit(() -> loop(tokens[customer], emailKeys[customer], warmupEnds, measureEnds)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long nanos : worker.get()) {
                latencies.add(nanos);
            }
        }
        pool.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = measure.toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "journeys=%d seconds=%.1f journeysPerSecond=%.1f errors=%d p50Ms=%.1f p99Ms=%.1f%n",
                sorted.length, seconds, sorted.length / seconds, errors.get(),
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
        errorSamples.forEach(sample -> System.err.println("error: " + sample));
    }

    /** Journeys that end inside the measured window are counted; errors are counted during warm-up too. */
    private long[] loop(String token, long emailKey, long warmupEnds, long measureEnds) {
        long[] latencies = new long[1024];
        int count = 0;
        while (true) {
            long start = System.nanoTime();
            if (start >= measureEnds) {
                break;
            }
            boolean ok = journey(token, emailKey);
            long end = System.nanoTime();
            if (ok && start >= warmupEnds && end <= measureEnds) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = end - start;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private boolean journey(String token, long emailKey) {
        try {
            String address = "bench-" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.com";
            HttpResponse<String> held = send(token, "PUT", "/v1/customers/profiles/emails",
                    "{\"emails\":[{\"emailKey\":" + emailKey + ",\"emailAddress\":\"" + address
                            + "\",\"preferredEmailFlag\":true}]}");
            String flow = expect(held, 403, CONTROL_FLOW_ID, "update");
            String body = "{\"controlFlowId\":\"" + flow + "\",\"otpDeliveryOption\":\"EMAIL\"}";
            expect(send(token, "POST", "/v1/mfa/otp", body), 200, CONTROL_FLOW_ID, "send otp");
            String otp = expect(send(token, "GET", "/sandbox/v1/otpOutbox?controlFlowId=" + flow, null), 200, OTP,
                    "outbox");
            expect(send(token, "PUT", "/v1/mfa/otp", "{\"controlFlowId\":\"" + flow + "\",\"otpToken\":\"" + otp
                    + "\",\"otpDeliveryOption\":\"EMAIL\"}"), 200, CONTROL_FLOW_ID, "validate otp");
            HttpResponse<String> confirmed = send(token, "POST", "/v1/customers/profiles/emails/confirmation",
                    "{\"controlFlowId\":\"" + flow + "\"}");
            expect(confirmed, 200, Pattern.compile(Pattern.quote(address)), "confirmation");
            return true;
        } catch (Exception e) {
            errors.incrementAndGet();
            if (errorSamples.size() < ERRORS_SHOWN) {
                errorSamples.add(e.toString());
            }
            return false;
        }
    }

    private String expect(HttpResponse<String> response, int status, Pattern value, String step) {
        Matcher matcher = value.matcher(response.body());
        if (response.statusCode() != status || !matcher.find()) {
            throw new IllegalStateException(step + " answered " + response.statusCode() + ": " + response.body());
        }
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }

    private HttpResponse<String> send(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("uuid", UUID.randomUUID().toString())
                .header("client_id", "sandbox-app")
                .header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(int customer) throws Exception {
        String basic = Base64.getEncoder().encodeToString("sandbox-app:sandbox-app-secret".getBytes());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sandbox/v1/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("uuid", UUID.randomUUID().toString())
                .header("client_id", "sandbox-app")
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&customer=" + customer))
                .build();
        return expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 200, ACCESS_TOKEN, "token");
    }

    private long firstEmailKey(String token) throws Exception {
        return Long.parseLong(expect(send(token, "GET", "/v1/customers/profiles/emails", null), 200, FIRST_EMAIL_KEY,
                "emails"));
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
