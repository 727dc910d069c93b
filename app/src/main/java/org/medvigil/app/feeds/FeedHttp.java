package org.medvigil.app.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches feed URLs with the JDK's HTTP client: conditional requests (If-None-Match /
 * If-Modified-Since from the validators of the last import), bodies streamed to a spool file
 * under a size limit and a deadline, and interrupted downloads resumed with a Range request
 * (If-Range: the partial file's ETag) instead of starting over. Validators are recorded only
 * when the caller says the body was imported ({@link #remember}), so what failed is fetched
 * again on the next run.
 */
@Component
class FeedHttp {
    private final HttpClient client;
    private final FeedResources resources;
    private final Path spool;
    private final Duration requestTimeout;
    private final Duration downloadTimeout;
    private final long maxBytes;
    private final String userAgent;

    FeedHttp(FeedResources resources,
             @Value("${medvigil.feeds.spool-dir:./data/feeds-spool}") Path spool,
             @Value("${medvigil.feeds.http.connect-timeout:PT20S}") Duration connectTimeout,
             @Value("${medvigil.feeds.http.request-timeout:PT60S}") Duration requestTimeout,
             @Value("${medvigil.feeds.http.download-timeout:PT30M}") Duration downloadTimeout,
             @Value("${medvigil.feeds.http.max-bytes:2147483648}") long maxBytes) {
        this.resources = resources;
        this.spool = spool;
        this.requestTimeout = requestTimeout;
        this.downloadTimeout = downloadTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = "MedVigil feed mirror (+https://github.com/medvigil)";
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A conditional GET: {@link Fetched.Unchanged} when the server or the content says nothing changed. */
    Fetched get(FeedSync sync, String url) throws FeedFetchException {
        return fetch(sync, url, Map.of(), true);
    }

    /** A plain GET (no validators), with extra request headers (e.g. an API key). */
    Fetched.Body getFresh(FeedSync sync, String url, Map<String, String> headers) throws FeedFetchException {
        return (Fetched.Body) fetch(sync, url, headers, false);
    }

    /**
     * A small document the feed needs on every run (provider metadata, a public key): fetched
     * conditionally and kept in the database, so an unchanged one is read from there and
     * transfers nothing.
     */
    byte[] getKept(FeedSync sync, String url) throws FeedFetchException {
        Optional<byte[]> kept = resources.content(url);
        Fetched f = kept.isPresent() ? get(sync, url) : fetch(sync, url, Map.of(), false);
        if (f instanceof Fetched.Body body) {
            try (body) {
                byte[] bytes = body.bytes();
                remember(body, sync);
                resources.rememberContent(url, bytes);
                return bytes;
            }
        }
        return kept.orElseThrow();
    }

    /** Records that {@code body} was imported: the next conditional request for its URL may answer 304. */
    void remember(Fetched.Body body, FeedSync sync) {
        resources.remember(body.url(), body.etag(), body.lastModified(), body.sha256(), body.size(), sync.now());
    }

    private Fetched fetch(FeedSync sync, String url, Map<String, String> headers, boolean conditional)
            throws FeedFetchException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FeedFetchException("not a valid URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new FeedFetchException("only http and https URLs can be fetched");
        }
        Optional<FeedResources.Validators> known = conditional ? resources.of(url) : Optional.empty();
        Path part = partFile(url);
        Partial partial = Partial.read(part);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("User-Agent", userAgent).header("Accept-Encoding", "identity");
        headers.forEach(request::header);
        known.ifPresent(v -> {
            if (v.etag() != null) {
                request.header("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                request.header("If-Modified-Since", v.lastModified());
            }
        });
        if (partial != null) {
            request.header("Range", "bytes=" + partial.size() + "-").header("If-Range", partial.validator());
        }
        sync.requests++;
        SpoolingSubscriber.Result result;
        HttpResponse<SpoolingSubscriber.Result> response;
        try {
            Files.createDirectories(spool);
            CompletableFuture<HttpResponse<SpoolingSubscriber.Result>> future = client.sendAsync(request.build(),
                    info -> SpoolingSubscriber.forResponse(info, part, partial, maxBytes));
            try {
                response = future.get(downloadTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new FeedFetchException("no complete answer within " + downloadTimeout + " (partial download kept to resume)");
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new FeedFetchException("timed out after " + requestTimeout.toSeconds() + " s waiting for the server");
            }
            if (cause instanceof SpoolingSubscriber.TooLarge) {
                throw new FeedFetchException(cause.getMessage());
            }
            throw new FeedFetchException("transfer failed: " + oneLine(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException("interrupted");
        } catch (IOException e) {
            throw new FeedFetchException("cannot write the spool folder " + spool + ": " + e.getMessage());
        }
        int status = response.statusCode();
        result = response.body();
        if (status == 304) {
            sync.notModified++;
            return new Fetched.Unchanged(url);
        }
        if (status != 200 && status != 206) {
            throw new FeedFetchException("HTTP " + status);
        }
        sync.bytes += result.received();
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        Path done;
        try {
            done = Files.createTempFile(spool, "fetched-", ".body");
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(Partial.metaFile(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = result.sha256();
        if (conditional && known.isPresent() && sha.equals(known.get().sha256())) {
            // The server sent it again, but nothing changed: treat as not modified (and refresh the validators).
            resources.remember(url, etag, lastModified, sha, result.total(), sync.now());
            sync.notModified++;
            try {
                Files.deleteIfExists(done);
            } catch (IOException e) {
                // harmless
            }
            return new Fetched.Unchanged(url);
        }
        return new Fetched.Body(url, done, result.total(), sha, etag, lastModified,
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private Path partFile(String url) {
        return spool.resolve(sha256(url.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".part");
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An interrupted download: its size so far and the validator that proves it is the same representation. */
    record Partial(long size, String validator) {
        static Path metaFile(Path part) {
            return part.resolveSibling(part.getFileName() + ".meta");
        }

        static Partial read(Path part) {
            try {
                Path meta = metaFile(part);
                if (!Files.exists(part) || !Files.exists(meta) || Files.size(part) == 0) {
                    return null;
                }
                String validator = Files.readString(meta).strip();
                return validator.isEmpty() ? null : new Partial(Files.size(part), validator);
            } catch (IOException e) {
                return null;
            }
        }

        static void write(Path part, String validator) {
            try {
                Files.writeString(metaFile(part), validator);
            } catch (IOException e) {
                // without it the download starts over next time: slower, not wrong
            }
        }
    }
}
