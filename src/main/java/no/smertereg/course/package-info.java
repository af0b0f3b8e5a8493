/**
 * Courses (forløp): registration, the SmerteReg pathway as the BPMN process {@code smertereg-course} (one
 * instance per course, business key = course id, tenant = hospital unit), course types, national or local
 * registry, corrections, deletion and the worklist.
 */
package no.smertereg.course;
