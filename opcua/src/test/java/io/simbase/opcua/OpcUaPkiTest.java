package io.simbase.opcua;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate folders under a real temporary data folder. */
class OpcUaPkiTest {
    @TempDir
    Path data;

    @Test
    void theApplicationCertificateIsMadeOnFirstStartAndKeptAfterwards() throws Exception {
        X509Certificate first;
        String uri;
        try (OpcUaPki pki = OpcUaPki.open(data, false)) {
            first = pki.certificate();
            uri = pki.applicationUri();
        }
        Path store = OpcUaPki.folder(data).resolve(OpcUaPki.KEY_STORE);
        assertTrue(Files.isRegularFile(store));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(store));
        assertTrue(uri.startsWith("urn:simbase:opcua:"), uri);
        assertTrue(Files.isDirectory(OpcUaPki.trustedCertificates(data)));
        try (OpcUaPki again = OpcUaPki.open(data, false)) {
            assertArrayEquals(first.getEncoded(), again.certificate().getEncoded());
            assertEquals(uri, again.applicationUri());
        }
    }

    @Test
    void trustCopiesAPemCertificateAsDerUnderItsThumbprint() throws Exception {
        X509Certificate cert;
        try (OpcUaPki other = OpcUaPki.open(data.resolve("other"), false)) {
            cert = other.certificate();
        }
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Path file = Files.writeString(data.resolve("client.pem"), pem);
        Path trusted = OpcUaPki.trust(data, file);
        assertEquals(OpcUaPki.trustedCertificates(data), trusted.getParent());
        assertTrue(trusted.getFileName().toString().matches("[0-9a-f]{40}\\.der"), trusted.toString());
        assertArrayEquals(cert.getEncoded(), Files.readAllBytes(trusted));
        assertEquals(trusted, OpcUaPki.trust(data, file), "trusting twice keeps one file");
    }

    @Test
    void onlyATrustedClientCertificatePassesUnlessEveryCertificateIsTrusted() throws Exception {
        X509Certificate client;
        try (OpcUaPki other = OpcUaPki.open(data.resolve("client"), false)) {
            client = other.certificate();
        }
        String clientUri = org.eclipse.milo.opcua.stack.core.util.CertificateUtil.getSanUri(client).orElseThrow();
        try (OpcUaPki pki = OpcUaPki.open(data, false)) {
            var validator = pki.certificateManager().getCertificateGroups().get(0).getCertificateValidator();
            assertThrows(org.eclipse.milo.opcua.stack.core.UaException.class,
                    () -> validator.validateCertificateChain(java.util.List.of(client), clientUri, new String[0]));
            Path der = Files.write(data.resolve("client.der"), client.getEncoded());
            OpcUaPki.trust(data, der);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                while (true) { // the trust list is watched: poll until the new file counts
                    try {
                        validator.validateCertificateChain(java.util.List.of(client), clientUri, new String[0]);
                        return;
                    } catch (org.eclipse.milo.opcua.stack.core.UaException notYet) {
                        Thread.sleep(20);
                    }
                }
            });
        }
        try (OpcUaPki trustAll = OpcUaPki.open(data.resolve("all"), true)) {
            trustAll.certificateManager().getCertificateGroups().get(0).getCertificateValidator()
                    .validateCertificateChain(java.util.List.of(client), clientUri, new String[0]);
        }
    }

    @Test
    void trustRefusesAFileThatIsNoCertificate() throws Exception {
        Path file = Files.writeString(data.resolve("notes.txt"), "not a certificate");
        OpcUaSetupException e = assertThrows(OpcUaSetupException.class, () -> OpcUaPki.trust(data, file));
        assertTrue(e.getMessage().contains("is not an X.509 certificate"), e.getMessage());
        assertTrue(Files.notExists(OpcUaPki.trustedCertificates(data)) || Files.list(OpcUaPki.trustedCertificates(data))
                .noneMatch(p -> p.toString().endsWith(".der")));
    }
}
