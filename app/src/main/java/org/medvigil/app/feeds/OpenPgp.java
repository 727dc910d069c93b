package org.medvigil.app.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;

/**
 * OpenPGP with Bouncy Castle: reading public keys (armored or binary) and verifying the
 * detached signatures ({@code .asc}) CSAF providers publish beside each document. The provider
 * instance is passed explicitly; nothing is registered JVM-wide.
 */
final class OpenPgp {
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private OpenPgp() {
    }

    /** A public key ring and the fingerprint of its primary key (upper-case hex, no spaces). */
    record Key(String fingerprint, PGPPublicKeyRing ring) {
        boolean has(long keyId) {
            return ring.getPublicKey(keyId) != null;
        }
    }

    /** The outcome of checking a signature. */
    sealed interface Verdict {
        String line();
    }

    record Verified(String fingerprint) implements Verdict {
        @Override
        public String line() {
            return "OpenPGP signature verified (key " + fingerprint + ")";
        }
    }

    record Failed(String reason) implements Verdict {
        @Override
        public String line() {
            return reason;
        }
    }

    /**
     * Every public key ring in the text or bytes.
     *
     * @throws IllegalArgumentException with a one-line reason when it holds no readable key
     */
    static List<Key> keys(byte[] keyFile) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(keyFile))) {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new JcaKeyFingerprintCalculator());
            List<Key> keys = new ArrayList<>();
            for (Iterator<PGPPublicKeyRing> it = rings.getKeyRings(); it.hasNext(); ) {
                PGPPublicKeyRing ring = it.next();
                keys.add(new Key(fingerprint(ring.getPublicKey().getFingerprint()), ring));
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("holds no OpenPGP public key");
            }
            return keys;
        } catch (IOException | PGPException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("holds")) {
                throw iae;
            }
            throw new IllegalArgumentException("is not an OpenPGP public key (" + e.getMessage() + ")");
        }
    }

    /** Normalises a fingerprint as written by people ("144A ED0A ...", lower case) to compare it. */
    static String normalise(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }

    /** Checks a detached signature of {@code data} against the trusted keys. */
    static Verdict verify(byte[] data, byte[] signature, List<Key> trusted) {
        List<PGPSignature> signatures;
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(signature))) {
            Object o = new JcaPGPObjectFactory(in).nextObject();
            if (!(o instanceof PGPSignatureList list) || list.isEmpty()) {
                return new Failed("the signature file holds no OpenPGP signature");
            }
            signatures = new ArrayList<>();
            list.forEach(signatures::add);
        } catch (IOException | RuntimeException e) {
            return new Failed("the signature file is not an OpenPGP signature (" + e.getMessage() + ")");
        }
        String unknown = null;
        for (PGPSignature sig : signatures) {
            long keyId = sig.getKeyID();
            for (Key k : trusted) {
                PGPPublicKey key = k.ring().getPublicKey(keyId);
                if (key == null) {
                    continue;
                }
                try {
                    sig.init(new JcaPGPContentVerifierBuilderProvider().setProvider(PROVIDER), key);
                    sig.update(data);
                    if (sig.verify()) {
                        return new Verified(k.fingerprint());
                    }
                    return new Failed("OpenPGP signature does not match the document (key " + k.fingerprint()
                            + "): the document was altered or the signature belongs to another document");
                } catch (PGPException e) {
                    return new Failed("OpenPGP signature cannot be checked: " + e.getMessage());
                }
            }
            unknown = issuer(sig);
        }
        return new Failed("signed by key " + unknown + ", which is not a trusted key of this provider");
    }

    /** The issuer fingerprint subpacket when present, else the 64-bit key id. */
    static String issuer(PGPSignature sig) {
        if (sig.getHashedSubPackets() != null) {
            IssuerFingerprint fp = sig.getHashedSubPackets().getIssuerFingerprint();
            if (fp != null) {
                return fingerprint(fp.getFingerprint());
            }
        }
        return String.format("%016X", sig.getKeyID());
    }

    private static String fingerprint(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
