package com.example.citi.au.customers.server.negative;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a socket that writes header bytes exactly as given, CR, LF and
 * control characters included, which java.net.http refuses to send, and can send the body in
 * chunks. One request per connection.
 */
final class RawHttpClient {

    static final String TRANSFER_ENCODING = "Transfer-Encoding";

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int CHUNK_BYTES = 8192;

    private RawHttpClient() {
    }

    record Header(String name, String value) {
    }

    record RawResponse(int status, Map<String, List<String>> headers, String body) {
    }

    static RawResponse send(int port, String method, String target, List<Header> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, method + " " + target + " HTTP/1.1\r\n");
        write(request, "Host: localhost:" + port + "\r\n");
        headers.forEach(header -> write(request, header.name() + ": " + header.value() + "\r\n"));
        boolean chunked = headers.stream().anyMatch(header -> header.name().equalsIgnoreCase(TRANSFER_ENCODING));
        if (body != null && !chunked) {
            write(request, "Content-Length: " + content.length + "\r\n");
        }
        write(request, "Connection: close\r\n\r\n");
        if (chunked) {
            for (int offset = 0; offset < content.length; offset += CHUNK_BYTES) {
                int length = Math.min(CHUNK_BYTES, content.length - offset);
                write(request, Integer.toHexString(length) + "\r\n");
                request.write(content, offset, length);
                write(request, "\r\n");
            }
            write(request, "0\r\n\r\n");
        } else {
            request.writeBytes(content);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before reading all of a request it refuses.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RawResponse parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response head in " + response.length + " bytes: " + Probe.visible(text));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = Arrays.copyOfRange(response, end + 4, response.length);
        boolean chunked = headers.entrySet().stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                        && h.getValue().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked")));
        byte[] body = chunked ? dechunk(rest) : rest;
        return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
