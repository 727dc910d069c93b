package org.medvigil.app.feeds;

/** A URL that could not be fetched: HTTP error, timeout, refused connection, too large. One line. */
class FeedFetchException extends Exception {
    FeedFetchException(String message) {
        super(message);
    }

    FeedFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
