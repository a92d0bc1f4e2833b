package io.simbase.opcua;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

/**
 * The OPC UA server's certificates under the data folder:
 * <pre>
 * DATA/opcua/server-keystore.pfx        the application certificate and key (made on first start)
 * DATA/opcua/pki/trusted/certs/         client certificates a technician trusted
 * DATA/opcua/pki/rejected/certs/        client certificates that were refused, to inspect
 * DATA/opcua/pki/issuers/, trusted/crl/ CA certificates and revocation lists (Milo's layout)
 * </pre>
 * The trust list is watched by Milo, so a certificate trusted while the server runs counts from
 * the next connection. The key store's password is fixed: the file is protected by its owner-only
 * permissions, like an SSH host key. Made once at start; not used on hot paths.
 */
public final class OpcUaPki implements AutoCloseable {
    static final String KEY_STORE = "server-keystore.pfx";
    private static final char[] KEY_STORE_PASSWORD = "simbase-opcua".toCharArray();

    private final FileBasedTrustListManager trustList;
    private final KeyStoreCertificateStore store;
    private final CertificateManager certificateManager;
    private final X509Certificate certificate;
    private final String applicationUri;

    private OpcUaPki(FileBasedTrustListManager trustList, KeyStoreCertificateStore store,
                     CertificateManager certificateManager, X509Certificate certificate) throws OpcUaSetupException {
        this.trustList = trustList;
        this.store = store;
        this.certificateManager = certificateManager;
        this.certificate = certificate;
        this.applicationUri = CertificateUtil.getSanUri(certificate).orElseThrow(() ->
                new OpcUaSetupException("the application certificate in " + KEY_STORE + " names no application URI"));
    }

    /** {@code DATA/opcua}. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("opcua");
    }

    /** Where trusted client certificates live. */
    public static Path trustedCertificates(Path dataDir) {
        return folder(dataDir).resolve("pki").resolve("trusted").resolve("certs");
    }

    /** Opens the certificate folders without reporting refused clients (tests, tools). */
    public static OpcUaPki open(Path dataDir, boolean trustAll) throws OpcUaSetupException {
        return open(dataDir, trustAll, line -> { });
    }

    /**
     * Opens (and on first use makes) the certificate folders and the self-signed application
     * certificate. With {@code trustAll} every client certificate is accepted; otherwise each
     * refused client certificate is reported to {@code refusals} as one line (on Milo's threads).
     */
    public static OpcUaPki open(Path dataDir, boolean trustAll, Consumer<String> refusals) throws OpcUaSetupException {
        Path dir = folder(dataDir);
        Path pki = dir.resolve("pki");
        try {
            Files.createDirectories(pki);
            FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(pki);
            FileBasedCertificateQuarantine quarantine =
                    FileBasedCertificateQuarantine.create(pki.resolve("rejected").resolve("certs"));
            Path keyStore = dir.resolve(KEY_STORE);
            KeyStoreCertificateStore store = KeyStoreCertificateStore.createAndInitialize(
                    new KeyStoreCertificateStore.Settings(keyStore, KEY_STORE_PASSWORD::clone,
                            alias -> KEY_STORE_PASSWORD.clone()));
            CertificateValidator validator = trustAll
                    ? (chain, uri, hostnames) -> { }
                    : reporting(new DefaultServerCertificateValidator(trustList, quarantine), refusals,
                            pki.resolve("rejected").resolve("certs"));
            DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(
                    trustList, store, new SelfSigned(), validator);
            restrict(keyStore);
            X509Certificate[] chain = group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType)
                    .orElseThrow(() -> new OpcUaSetupException("no application certificate in " + keyStore));
            return new OpcUaPki(trustList, store, new DefaultCertificateManager(quarantine, group), chain[0]);
        } catch (OpcUaSetupException e) {
            throw e;
        } catch (Exception e) {
            throw new OpcUaSetupException("cannot set up the OPC UA certificates under " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A validator that reports each refusal as one line before Milo answers the client. */
    private static CertificateValidator reporting(CertificateValidator validator, Consumer<String> refusals,
                                                  Path rejected) {
        return (chain, applicationUri, hostnames) -> {
            try {
                validator.validateCertificateChain(chain, applicationUri, hostnames);
            } catch (UaException e) {
                String who = chain.isEmpty() ? "(none)" : chain.get(0).getSubjectX500Principal().getName();
                String why = StatusCodes.lookup(e.getStatusCode().getValue()).map(n -> n[0]).orElse(e.getMessage());
                refusals.accept("opcua: refused client certificate " + who + " (" + applicationUri + "): " + why
                        + "; to trust it: simbase opcua trust FILE (refused ones are in " + rejected + ")");
                throw e;
            }
        };
    }

    private static void restrict(Path file) throws IOException {
        if (Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * Trusts a client certificate (DER or PEM): checks that it is an X.509 certificate and
     * copies it, DER-encoded, into the trusted folder under its SHA-1 thumbprint. Returns the
     * new file.
     */
    public static Path trust(Path dataDir, Path certificateFile) throws OpcUaSetupException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(certificateFile);
        } catch (NoSuchFileException e) {
            throw new OpcUaSetupException("no such file: " + certificateFile, e);
        } catch (IOException e) {
            throw new OpcUaSetupException("cannot read " + certificateFile + ": " + e, e);
        }
        X509Certificate cert;
        String thumbprint;
        byte[] der;
        try {
            cert = CertificateUtil.decodeCertificate(bytes);
            thumbprint = HexFormat.of().formatHex(CertificateUtil.thumbprint(cert).bytesOrEmpty());
            der = cert.getEncoded();
        } catch (UaException | CertificateEncodingException | RuntimeException e) {
            throw new OpcUaSetupException(certificateFile + " is not an X.509 certificate (DER or PEM)");
        }
        Path dir = trustedCertificates(dataDir);
        Path target = dir.resolve(thumbprint + ".der");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".trust", ".tmp");
            Files.write(tmp, der);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OpcUaSetupException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    public CertificateManager certificateManager() {
        return certificateManager;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String applicationUri() {
        return applicationUri;
    }

    @Override
    public void close() {
        closeQuietly(trustList);
        closeQuietly(store);
    }

    /** Closing a folder watcher must not fail the command that is ending. */
    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // a watcher of a folder that went away, or one interrupted while stopping: nothing left
        }
    }

    /** Makes the self-signed RSA-SHA256 application certificate on first start. */
    private static final class SelfSigned extends RsaSha256CertificateFactory {
        @Override
        protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
            String host = InetAddress.getLocalHost().getHostName();
            X509Certificate cert = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName("SimBase OPC UA server")
                    .setOrganization("SimBase")
                    .setApplicationUri("urn:simbase:opcua:" + host)
                    .addDnsName(host)
                    .addDnsName("localhost")
                    .addIpAddress("127.0.0.1")
                    .build();
            return new X509Certificate[] {cert};
        }
    }
}
