package no.smertereg.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an analyst does in Camunda Modeler and a text editor, done on a copy of {@code processes/} and
 * {@code forms/}: nothing else changes. Each edit fails loudly when the text it edits is gone, so a changed
 * diagram cannot make the analyst's test pass by editing nothing.
 */
final class AnalystChanges {

    private AnalystChanges() {
    }

    /** Copies the pathway files to {@code folder} and makes the five changes of README "Changing a pathway". */
    static Path apply(Path folder) {
        copy(Path.of("processes"), folder.resolve("processes"));
        copy(Path.of("forms"), folder.resolve("forms"));
        Path course = folder.resolve("processes/smertereg-course.bpmn");
        Path patientForm = folder.resolve("processes/patient-form.bpmn");
        // 1. Opioid six weeks after the end date instead of four.
        edit(course, "sourceExpression=\"P28D\"", "sourceExpression=\"P42D\"");
        // 2. Patient forms at 17:00 instead of 16:30 (HADS keeps its two minutes).
        edit(course, "sourceExpression=\"16:30\"", "sourceExpression=\"17:00\"");
        // 3. A new clinician form B3 on type 2 and 3 courses: its .form file and a user task like B2.1's.
        addForm(folder, "smertereg-b3.form");
        String b21 = element(read(course), "userTask", "UserTask_B21");
        insertAfter(course, b21, "\n" + b21.replace("UserTask_B21", "UserTask_B3")
                .replace("smertereg-b21", "smertereg-b3").replaceAll("name=\"[^\"]*\"", "name=\"Fyll ut B3 (oppfølging)\"")
                .replace("Flow_ForkB21", "Flow_ForkB3").replace("Flow_B21Done", "Flow_B3Done"));
        insertAfter(course, "<bpmn:outgoing>Flow_ForkB21</bpmn:outgoing>", "\n<bpmn:outgoing>Flow_ForkB3</bpmn:outgoing>");
        insertBeforeProcessEnd(course, """
                <bpmn:endEvent id="EndEvent_B3Finalised" name="B3 ferdigstilt">
                  <bpmn:incoming>Flow_B3Done</bpmn:incoming>
                </bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_ForkB3" sourceRef="Gateway_OpenClinicianForms" targetRef="UserTask_B3" />
                <bpmn:sequenceFlow id="Flow_B3Done" sourceRef="UserTask_B3" targetRef="EndEvent_B3Finalised" />
                """);
        // 4. A new patient form PGIC when B2.2 is finalised on a type 3 course: its .form file and a call activity
        //    like Eval's.
        addForm(folder, "smertereg-pgic.form");
        String eval = element(read(course), "callActivity", "CallActivity_Eval");
        insertAfter(course, eval, "\n" + eval.replace("CallActivity_Eval", "CallActivity_Pgic")
                .replaceAll("name=\"[^\"]*\"", "name=\"PGIC (endring)\"")
                .replace("sourceExpression=\"EVAL\"", "sourceExpression=\"PGIC\"")
                .replace("Flow_ToEval", "Flow_ToPgic").replace("Flow_EvalDone", "Flow_PgicDone"));
        insertAfter(course, "<bpmn:outgoing>Flow_ToEval</bpmn:outgoing>", "\n<bpmn:outgoing>Flow_ToPgic</bpmn:outgoing>");
        insertAfter(course, "<bpmn:incoming>Flow_EvalDone</bpmn:incoming>", "\n<bpmn:incoming>Flow_PgicDone</bpmn:incoming>");
        insertBeforeProcessEnd(course, """
                <bpmn:sequenceFlow id="Flow_ToPgic" sourceRef="Gateway_OrderEndForms" targetRef="CallActivity_Pgic" />
                <bpmn:sequenceFlow id="Flow_PgicDone" sourceRef="CallActivity_Pgic" targetRef="Gateway_EndFormsDone" />
                """);
        // 5. The reminder after five days without an answer instead of three.
        String reminder = element(read(patientForm), "boundaryEvent", "Timer_Reminder");
        edit(patientForm, reminder, reminder.replace(">P3D<", ">P5D<"));
        return folder;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addForm(Path folder, String name) {
        try (InputStream in = AnalystChanges.class.getResourceAsStream("/analyst/" + name)) {
            Files.copy(in, folder.resolve("forms").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole element {@code <bpmn:tag id="id" ...>...</bpmn:tag>}. */
    private static String element(String xml, String tag, String id) {
        Matcher m = Pattern.compile("<bpmn:" + tag + " id=\"" + id + "\".*?</bpmn:" + tag + ">", Pattern.DOTALL)
                .matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("No " + tag + " " + id + " to copy");
        }
        return m.group();
    }

    private static void insertAfter(Path file, String anchor, String text) {
        edit(file, anchor, anchor + text);
    }

    private static void insertBeforeProcessEnd(Path file, String text) {
        edit(file, "</bpmn:process>", text + "</bpmn:process>");
    }

    private static void edit(Path file, String from, String to) {
        String xml = read(file);
        if (!xml.contains(from)) {
            throw new IllegalStateException(file.getFileName() + " has no " + from);
        }
        write(file, xml.replace(from, to));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
