package org.medvigil.core.sbom;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.medvigil.core.InvalidInputException;

/**
 * A forward-only cursor over an XML document on the JDK's StAX parser, hardened for hostile
 * input: DTDs are refused outright (a DOCTYPE is an error, so no external entity, no entity
 * expansion), external access is off, and element nesting is bounded by {@link #MAX_DEPTH}.
 * The JDK parser is used by name rather than through {@code XMLInputFactory.newFactory()} so the
 * behaviour does not depend on which StAX implementation happens to be on the class path.
 */
final class XmlInput implements AutoCloseable {
    static final int MAX_DEPTH = 256;

    @FunctionalInterface
    interface ChildVisitor {
        /** Reads child element {@code name}; the cursor is on its start tag and must end on its end tag. */
        void child(String name) throws XMLStreamException;
    }

    @FunctionalInterface
    interface Body<T> {
        T read(XmlInput in) throws XMLStreamException;
    }

    private final XMLStreamReader reader;
    private final String source;
    private int depth;

    private XmlInput(XMLStreamReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    /**
     * A StAX factory with DTD support and every external access switched off. A new one per
     * document: StAX does not promise that a factory may be shared between threads, and creating
     * one costs microseconds against milliseconds of parsing.
     */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    static <T> T read(XMLInputFactory factory, byte[] content, String source, Body<T> body) {
        XmlInput in = null;
        try {
            in = new XmlInput(factory.createXMLStreamReader(new ByteArrayInputStream(content)), source);
            return body.read(in);
        } catch (XMLStreamException e) {
            throw translate(e, source);
        } finally {
            if (in != null) {
                in.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing was being written; a failing close loses nothing.
        }
    }

    String source() {
        return source;
    }

    /** Moves to the root element's start tag. */
    void root() throws XMLStreamException {
        while (reader.hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new InvalidInputException(source, "malformed XML: no root element");
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        return reader.getNamespaceURI();
    }

    String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    /**
     * Visits the child elements of the element the cursor is on that share its namespace;
     * children of other namespaces (extensions) are skipped.
     */
    void children(ChildVisitor visitor) throws XMLStreamException {
        String ns = reader.getNamespaceURI();
        while (true) {
            int e = next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (java.util.Objects.equals(ns, reader.getNamespaceURI())) {
                    visitor.child(reader.getLocalName());
                } else {
                    skip();
                }
            }
        }
    }

    /** The text content of the element the cursor is on, trimmed; nested elements are skipped. */
    String text() throws XMLStreamException {
        StringBuilder s = null;
        String single = null;
        int level = 0;
        while (true) {
            int e = next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (level == 0) {
                        String t = reader.getText();
                        if (single == null && s == null) {
                            single = t;
                        } else {
                            if (s == null) {
                                s = new StringBuilder(single);
                            }
                            s.append(t);
                        }
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> level++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (level == 0) {
                        return Text.clean(s != null ? s.toString() : single);
                    }
                    level--;
                }
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
    }

    /** Skips the element the cursor is on, with everything inside it. */
    void skip() throws XMLStreamException {
        int level = 0;
        while (true) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                if (level == 0) {
                    return;
                }
                level--;
            }
        }
    }

    InvalidInputException error(String message) {
        return new InvalidInputException(source, message + " at " + where(reader.getLocation()));
    }

    private int next() throws XMLStreamException {
        if (!reader.hasNext()) {
            throw error("malformed XML: unexpected end of input");
        }
        int e = reader.next();
        switch (e) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw error("XML nested deeper than " + MAX_DEPTH + " levels");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.DTD -> throw error(
                    "XML with a DOCTYPE is not accepted (DTDs and entities are refused to rule out entity attacks)");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw error(
                    "XML entity reference &" + reader.getLocalName() + "; is not accepted");
            case XMLStreamConstants.END_DOCUMENT -> throw error("malformed XML: unexpected end of input");
            default -> {
                // other events are read past by the callers
            }
        }
        return e;
    }

    private static String where(Location l) {
        return l == null ? "unknown position" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    private static InvalidInputException translate(XMLStreamException e, String source) {
        String m = e.getMessage() == null ? "unreadable input" : e.getMessage();
        int i = m.indexOf("Message:");
        if (i >= 0) {
            m = m.substring(i + "Message:".length());
        }
        return new InvalidInputException(source, "malformed XML at " + where(e.getLocation()) + ": "
                + JsonInput.firstLine(m), e);
    }
}
