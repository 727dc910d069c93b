package org.medvigil.app.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server for feed tests (loopback only): serves byte arrays by path with strong
 * ETags, answers conditional requests with 304 and Range requests with 206, and can be told to
 * fail a path (an HTTP status, or a body that breaks off half-way). Every request is logged.
 */
final class FeedServer implements AutoCloseable {
    record Request(String method, String path, String query, Map<String, List<String>> headers, int status, long bytes) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> truncate = new ConcurrentHashMap<>();
    private final Map<String, Function<HttpExchange, byte[]>> dynamic = new ConcurrentHashMap<>();
    final List<Request> log = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, byte[] content) {
        files.put(path, content);
    }

    void remove(String path) {
        files.remove(path);
    }

    /** Answers this path with {@code status} (e.g. 500) until cleared with {@code fail(path, 0)}. */
    void fail(String path, int status) {
        if (status == 0) {
            failures.remove(path);
        } else {
            failures.put(path, status);
        }
    }

    /** The next full (non-Range) response for this path sends half its body and closes the connection. */
    void truncateOnce(String path) {
        truncate.put(path, true);
    }

    /** Answers this path by a function of the request (query-dependent APIs). */
    void handle(String path, Function<HttpExchange, byte[]> answer) {
        dynamic.put(path, answer);
    }

    long bytesSent() {
        return log.stream().mapToLong(Request::bytes).sum();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = Map.copyOf(x.getRequestHeaders());
        try (x) {
            Integer failure = failures.get(path);
            if (failure != null) {
                respond(x, path, query, headers, failure, new byte[0], null);
                return;
            }
            Function<HttpExchange, byte[]> d = dynamic.get(path);
            byte[] content = d != null ? d.apply(x) : files.get(path);
            if (content == null) {
                respond(x, path, query, headers, 404, new byte[0], null);
                return;
            }
            String etag = "\"" + FeedHttp.sha256(content).substring(0, 16) + "\"";
            x.getResponseHeaders().set("ETag", etag);
            x.getResponseHeaders().set("Content-Type", path.endsWith(".json") ? "application/json" : "application/octet-stream");
            String ifNoneMatch = x.getRequestHeaders().getFirst("If-None-Match");
            if (etag.equals(ifNoneMatch)) {
                x.sendResponseHeaders(304, -1);
                log.add(new Request(x.getRequestMethod(), path, query, headers, 304, 0));
                return;
            }
            String range = x.getRequestHeaders().getFirst("Range");
            String ifRange = x.getRequestHeaders().getFirst("If-Range");
            if (range != null && range.startsWith("bytes=") && range.endsWith("-") && etag.equals(ifRange)) {
                int from = Integer.parseInt(range.substring(6, range.length() - 1));
                byte[] rest = java.util.Arrays.copyOfRange(content, from, content.length);
                x.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
                respond(x, path, query, headers, 206, rest, null);
                return;
            }
            if (truncate.remove(path) != null) {
                x.sendResponseHeaders(200, content.length);
                OutputStream out = x.getResponseBody();
                out.write(content, 0, content.length / 2);
                out.flush();
                log.add(new Request(x.getRequestMethod(), path, query, headers, 200, content.length / 2));
                // Close the connection under the client's feet: the body breaks off.
                throw new IOException("truncated on purpose");
            }
            respond(x, path, query, headers, 200, content, etag);
        }
    }

    private void respond(HttpExchange x, String path, String query, Map<String, List<String>> headers, int status, byte[] body,
                         String etag) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
        log.add(new Request(x.getRequestMethod(), path, query, headers, status, body.length));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
