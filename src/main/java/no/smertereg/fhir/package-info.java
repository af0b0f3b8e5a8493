/**
 * FHIR R4 (issue 21): every {@code .form} file as a Questionnaire and answers as a QuestionnaireResponse, with the
 * HAPI FHIR structures, so that form clients and research tools read the registry's forms in the standard's terms.
 * The form's codebook keys are the items' {@code linkId}s; what FHIR has no element for (form-js hide conditions,
 * plausibility rules, text blocks' headings) travels in the registry's own extensions, so a Questionnaire gives the
 * form back ({@link no.smertereg.fhir.QuestionnaireForms}). Depends on forms. See docs/fhir.md.
 */
package no.smertereg.fhir;
