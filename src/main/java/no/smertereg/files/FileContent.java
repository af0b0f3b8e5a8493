package no.smertereg.files;

/** A published file as it is downloaded: its cleaned name, its checked content type and its bytes. */
record FileContent(String fileName, String contentType, byte[] bytes) {
}
