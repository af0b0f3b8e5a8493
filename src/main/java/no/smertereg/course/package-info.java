/**
 * Courses (forløp): registration, the SmerteReg pathway as the BPMN process {@code smertereg-course} (one
 * instance per course, business key = course id, tenant = hospital unit), course types, national or local
 * registry, corrections, deletion and the worklist. Its diagrams call one bean, {@code ${course.…}}; the ePROM
 * module tells a course about its patient forms through {@link no.smertereg.course.CoursePatientForms}.
 */
package no.smertereg.course;
