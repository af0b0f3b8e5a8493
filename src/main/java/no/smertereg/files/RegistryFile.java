package no.smertereg.files;

import java.time.Instant;

/** One published file as it is listed: everything but its bytes. */
record RegistryFile(long id, String title, String fileName, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
