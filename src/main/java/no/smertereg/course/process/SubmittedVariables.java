package no.smertereg.course.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

import no.smertereg.engine.RegistryRefusal;

/** What a client submitted with a form task, as plain values; serialized objects are refused unread. */
final class SubmittedVariables {

    private SubmittedVariables() {
    }

    static Map<String, Object> plain(VariableMap variables) {
        Map<String, Object> plain = new HashMap<>();
        for (String name : variables.keySet()) {
            TypedValue value = variables.getValueTyped(name);
            if (value != null && value.getType() != null && !value.getType().isPrimitiveValueType()) {
                throw new RegistryRefusal(
                        "Feltet " + name + " har en verdi av en type skjemaet ikke bruker. / Field " + name
                                + " has a value of a type the form does not use.");
            }
            plain.put(name, value == null ? null : value.getValue());
        }
        return plain;
    }
}
