/**
 * Reports (read side): the flat per-course table with Rapporteket's column names as the export contract
 * ({@link no.smertereg.reports.ReportColumn}, {@link no.smertereg.reports.CourseRow}), built from finalised forms
 * and answered patient forms through the public read services of the course, forms, eprom, patients and access
 * modules; the SmerteReg quality indicators in their local and national variants
 * ({@link no.smertereg.reports.Indicator}, {@link no.smertereg.reports.Indicators}), coverage, ePROM response,
 * supervision per month and ward, and the OPR annual report's yearly tables; the report page (nationally with a line
 * per hospital) and the CSV/XLSX export; for scopes without patient-level access, whole months and the small-cell
 * suppression of ADR 0009 ({@link no.smertereg.reports.SmallCellSuppression}). Depends on other modules; nobody
 * depends on it.
 * Definitions and what is left: docs/reports.md.
 */
package no.smertereg.reports;
