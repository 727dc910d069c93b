package org.medvigil.app.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes a response body to a spool file as it arrives (never whole in memory), hashing it and
 * stopping at a size limit; appends to a partial file when the server answered a Range request
 * with 206. A body that breaks off is left on disk with its validator so the next request can
 * resume it.
 */
final class SpoolingSubscriber implements HttpResponse.BodySubscriber<SpoolingSubscriber.Result> {

    /** @param received bytes of this response; total the whole file; sha256 of the whole file */
    record Result(long received, long total, String sha256) {
    }

    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private final Path part;
    private final long maxBytes;
    private final MessageDigest digest;
    private FileChannel channel;
    private Flow.Subscription subscription;
    private long received;
    private long total;

    private SpoolingSubscriber(Path part, boolean append, long maxBytes) throws IOException {
        this.part = part;
        this.maxBytes = maxBytes;
        this.digest = sha256();
        if (append) {
            try (InputStream in = Files.newInputStream(part)) {
                byte[] buf = new byte[65536];
                for (int n; (n = in.read(buf)) > 0; ) {
                    digest.update(buf, 0, n);
                    total += n;
                }
            }
            channel = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } else {
            channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    /** The subscriber for one response: spools 200 and 206 bodies, discards the others (304, errors). */
    static HttpResponse.BodySubscriber<Result> forResponse(HttpResponse.ResponseInfo info, Path part,
                                                            FeedHttp.Partial partial, long maxBytes) {
        int status = info.statusCode();
        if (status != 200 && status != 206) {
            return HttpResponse.BodySubscribers.replacing(new Result(0, 0, ""));
        }
        boolean append = status == 206 && partial != null;
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        try {
            if (!append) {
                Files.deleteIfExists(FeedHttp.Partial.metaFile(part));
                // Only a strong validator proves a later Range request resumes the same representation.
                String validator = info.headers().firstValue("ETag").filter(e -> !e.startsWith("W/"))
                        .or(() -> info.headers().firstValue("Last-Modified")).orElse(null);
                if (validator != null) {
                    FeedHttp.Partial.write(part, validator);
                }
            }
            if (declared > maxBytes) {
                return failed(new TooLarge("the body (" + declared + " bytes) is larger than the limit of " + maxBytes
                        + " bytes (medvigil.feeds.http.max-bytes)"));
            }
            return new SpoolingSubscriber(part, append, maxBytes);
        } catch (IOException e) {
            return failed(e);
        }
    }

    private static HttpResponse.BodySubscriber<Result> failed(IOException e) {
        return new HttpResponse.BodySubscriber<>() {
            private final CompletableFuture<Result> f = CompletableFuture.failedFuture(e);

            @Override
            public CompletionStage<Result> getBody() {
                return f;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.cancel();
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onComplete() {
            }
        };
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            for (ByteBuffer b : buffers) {
                int n = b.remaining();
                if (total + n > maxBytes) {
                    throw new TooLarge("the body is larger than the limit of " + maxBytes + " bytes (medvigil.feeds.http.max-bytes)");
                }
                digest.update(b.duplicate());
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                received += n;
                total += n;
            }
        } catch (IOException e) {
            subscription.cancel();
            close();
            if (e instanceof TooLarge) {
                discard();
            }
            result.completeExceptionally(e);
        }
    }

    @Override
    public void onError(Throwable t) {
        close();
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        close();
        result.complete(new Result(received, total, HexFormat.of().formatHex(digest.digest())));
    }

    private void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing more can be done about the spool file
        }
    }

    private void discard() {
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(FeedHttp.Partial.metaFile(part));
        } catch (IOException e) {
            // harmless
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
