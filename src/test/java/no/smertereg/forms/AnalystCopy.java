package no.smertereg.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An analyst's working copy: {@code processes/} and {@code forms/} copied to a folder, edited as text the way an
 * analyst edits them in the Modeler, then read (or started) with {@code registry.definitions-location} set to
 * {@link #location()}.
 */
public final class AnalystCopy {

    private static final String COURSE = "processes/smertereg-course.bpmn";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    private AnalystCopy(Path root) {
        this.root = root;
    }

    /** Copies the project's {@code processes/} and {@code forms/} into {@code root}. */
    public static AnalystCopy of(Path root) {
        AnalystCopy copy = new AnalystCopy(root);
        copy.copyFolder("processes");
        copy.copyFolder("forms");
        return copy;
    }

    public String location() {
        return root.toUri().toString();
    }

    public void replace(String file, String text, String replacement) {
        String content = read(file);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(file + " has no " + text);
        }
        write(file, content.replace(text, replacement));
    }

    /** A new form file: a copy of {@code template} with its own id. */
    public void copyForm(String templateId, String newId) {
        write("forms/" + newId + ".form",
                read("forms/" + templateId + ".form").replace("\"id\": \"" + templateId + "\"", "\"id\": \"" + newId + "\""));
    }

    /** A clinician form user task opened with B1.2, B2.1 and B2.2 on type 2 and 3 courses. */
    public void addClinicianFormOnType2And3(String taskId, String name, String formId) {
        replace(COURSE, "<bpmn:outgoing>Flow_ForkB22</bpmn:outgoing>",
                "<bpmn:outgoing>Flow_ForkB22</bpmn:outgoing><bpmn:outgoing>Flow_Fork" + taskId + "</bpmn:outgoing>");
        replace(COURSE, "</bpmn:process>", """
                <bpmn:userTask id="UserTask_%1$s" name="%2$s" camunda:formRef="%3$s"
                    camunda:formRefBinding="deployment" camunda:candidateGroups="LU,LC">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete" delegateExpression="${formTaskCompleteListener}" />
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_Fork%1$s</bpmn:incoming>
                  <bpmn:outgoing>Flow_%1$sDone</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:endEvent id="EndEvent_%1$sFinalised" name="%2$s ferdigstilt">
                  <bpmn:incoming>Flow_%1$sDone</bpmn:incoming>
                </bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_Fork%1$s" sourceRef="Gateway_OpenClinicianForms" targetRef="UserTask_%1$s" />
                <bpmn:sequenceFlow id="Flow_%1$sDone" sourceRef="UserTask_%1$s" targetRef="EndEvent_%1$sFinalised" />
              </bpmn:process>""".formatted(taskId, name, formId));
    }

    /** A patient form ordered with Eval and Opioid once B2.2 is finalised on a type 3 course. */
    public void addEndOfCoursePatientForm(String code, String sendTime) {
        replace(COURSE, "<bpmn:outgoing>Flow_ToOpioid</bpmn:outgoing>",
                "<bpmn:outgoing>Flow_ToOpioid</bpmn:outgoing><bpmn:outgoing>Flow_To" + code + "</bpmn:outgoing>");
        replace(COURSE, "</bpmn:process>", """
                <bpmn:callActivity id="CallActivity_%1$s" name="%1$s" calledElement="patient-form">
                  <bpmn:extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}" />
                    <camunda:in source="unitResh" target="unitResh" />
                    <camunda:in sourceExpression="%1$s" target="patientForm" />
                    <camunda:in sourceExpression="%2$s" target="sendTime" />
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_To%1$s</bpmn:incoming>
                  <bpmn:outgoing>Flow_%1$sDone</bpmn:outgoing>
                </bpmn:callActivity>
                <bpmn:endEvent id="EndEvent_%1$sDone" name="%1$s avsluttet">
                  <bpmn:incoming>Flow_%1$sDone</bpmn:incoming>
                </bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_To%1$s" sourceRef="Gateway_OrderEndForms" targetRef="CallActivity_%1$s" />
                <bpmn:sequenceFlow id="Flow_%1$sDone" sourceRef="CallActivity_%1$s" targetRef="EndEvent_%1$sDone" />
              </bpmn:process>""".formatted(code, sendTime));
    }

    /**
     * A second registry beside SmerteReg: its descriptor, its course diagram (SmerteReg's, under the process id
     * {@code <id>-course}) and its own copies of SmerteReg's forms ({@code <id>-to} ...). A form code names one form on
     * the platform, so the copy's forms get codes and labels of their own: {@code TESTREG-B11}, "TESTREG-B1.1".
     */
    public void addRegistryLike(String id) {
        String prefix = id.toUpperCase(Locale.ROOT) + "-";
        write("processes/" + id + "-course.bpmn", read(COURSE).replace("smertereg-", id + "-")
                .replaceAll("sourceExpression=\"([A-Z0-9]+)\" target=\"patientForm\"",
                        "sourceExpression=\"" + prefix + "$1\" target=\"patientForm\""));
        try (Stream<Path> forms = Files.list(root.resolve("forms"))) {
            ObjectNode descriptor = (ObjectNode) JSON.readTree(read("processes/smertereg.registry.json")
                    .replace("smertereg-", id + "-"));
            descriptor.put("id", id);
            descriptor.remove("engineTenant");
            ObjectNode overrides = (ObjectNode) descriptor.get("forms");
            for (Path form : forms.filter(f -> f.getFileName().toString().startsWith("smertereg-")).toList()) {
                String templateId = form.getFileName().toString().replace(".form", "");
                String newId = templateId.replace("smertereg-", id + "-");
                copyForm(templateId, newId);
                ObjectNode override = overrides.has(newId) ? (ObjectNode) overrides.get(newId)
                        : overrides.putObject(newId);
                override.put("code", prefix + templateId.substring("smertereg-".length()).toUpperCase(Locale.ROOT));
                if (override.has("label")) {
                    override.put("label", prefix + override.get("label").asText());
                }
            }
            write("processes/" + id + ".registry.json", JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(descriptor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyFolder(String folder) {
        Path from = Path.of(folder);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(folder).resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String content) {
        try {
            Files.writeString(root.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
