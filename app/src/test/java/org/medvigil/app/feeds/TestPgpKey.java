package org.medvigil.app.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;

/**
 * A throw-away OpenPGP key made in the test, standing in for a CSAF provider's key: its public
 * key as an armored key file, and armored detached signatures like the provider's {@code .asc}.
 */
final class TestPgpKey {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private final PGPKeyPair pair;

    private TestPgpKey(PGPKeyPair pair) {
        this.pair = pair;
    }

    static TestPgpKey generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, new SecureRandom());
            return new TestPgpKey(new JcaPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, g.generateKeyPair(), new Date()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String fingerprint() {
        return java.util.HexFormat.of().withUpperCase().formatHex(pair.getPublicKey().getFingerprint());
    }

    /** The public key as an armored key file (a minimal ring: the key and a self-certification). */
    byte[] publicKeyFile() {
        try {
            PGPSignatureGenerator cert = new PGPSignatureGenerator(
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256).setProvider(BC));
            cert.init(PGPSignature.POSITIVE_CERTIFICATION, pair.getPrivateKey());
            PGPPublicKey certified = PGPPublicKey.addCertification(pair.getPublicKey(), "MedVigil test provider <csaf@example.org>",
                    cert.generateCertification("MedVigil test provider <csaf@example.org>", pair.getPublicKey()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
                certified.encode(armored);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PGPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An armored detached signature of {@code data}. */
    byte[] sign(byte[] data) {
        try {
            PGPSignatureGenerator g = new PGPSignatureGenerator(
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA512).setProvider(BC));
            g.init(PGPSignature.BINARY_DOCUMENT, pair.getPrivateKey());
            g.update(data);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
                g.generate().encode(armored);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PGPException e) {
            throw new IllegalStateException(e);
        }
    }
}
