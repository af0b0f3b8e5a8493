/**
 * Registerfiler (issue 18): the registry's file archive. SC publishes the user guide and the paper forms as PDF
 * files; every logged-in user lists and downloads them on {@code /registerfiler}. Only PDF (by its first bytes), up
 * to {@code registry.files.max-size}; a removed file is kept as retired, no longer listed or served. Uploads and
 * removals are rows of the audit log. Uses access (the user), web (the upload's own size limit) and shared.
 */
package no.smertereg.files;
