/**
 * Web: the HTTP edge. Strict reading of requests (JSON without duplicates, coercions or control characters; the
 * same check of parameters and path variables), size and rate limits ({@link no.smertereg.web.RequestLimits}), and
 * how refusals are answered: problem JSON naming the field for the APIs, the error page for the registry's pages.
 * Depends on {@code shared} only.
 */
package no.smertereg.web;
