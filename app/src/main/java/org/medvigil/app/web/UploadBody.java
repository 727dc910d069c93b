package org.medvigil.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a raw request body whole into memory, refusing it as soon as it passes a limit (the
 * declared Content-Length is checked first, but the bytes read are what counts). Documents
 * are parsed from memory before anything is stored, so an upload is all-or-nothing.
 */
public final class UploadBody {
    private UploadBody() {
    }

    /** The body's bytes; {@link PayloadTooLargeException} past {@code limit}, {@link BadRequestException} when empty. */
    public static byte[] read(HttpServletRequest request, long limit, String what) {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw new PayloadTooLargeException(what, limit);
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new PayloadTooLargeException(what, limit);
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new BadRequestException(what + " is empty: send the document as the request body");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    /** A file name safe to store and to send back in Content-Disposition; "upload" when none is given. */
    public static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        String n = given.strip().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return n.length() <= 255 ? n : n.substring(0, 255);
    }
}
