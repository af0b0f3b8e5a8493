package no.smertereg.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import no.smertereg.shared.NotFoundException;

/**
 * The deployed versions of every pathway with their running instances, and the plan that moves the instances of one
 * version to the newest: activities with equal ids are mapped (also into a scope the newest version added), running
 * timers keep their due dates and message subscriptions their names. A plan is invalid when the engine refuses it or when instances wait in an activity
 * the newest version no longer has.
 */
@Component
class MigrationPlans {

    /** One version of a pathway: its definition id and how many instances (also called ones) run on it. */
    record Version(int version, String definitionId, long running, boolean latest) {
    }

    /** A pathway (process key) with its versions, oldest first. */
    record Pathway(String key, String name, List<Version> versions) {
        public Version latest() {
            return versions.get(versions.size() - 1);
        }
    }

    /** An activity of the running version and where its instances go. */
    record Mapping(String sourceId, String sourceName, String targetId, String targetName, long running) {
    }

    /** An activity with running instances that the newest version does not have. */
    record Unmapped(String activityId, String name, long running) {
    }

    /** The plan from one version to the newest, with what stands in its way (nothing when {@link #valid()}). */
    record Plan(String key, int sourceVersion, int targetVersion, long running, List<Mapping> mapped,
            List<Unmapped> unmapped, List<String> errors, MigrationPlan enginePlan) {
        public boolean valid() {
            return enginePlan != null && unmapped.isEmpty() && errors.isEmpty();
        }

        public boolean alreadyLatest() {
            return sourceVersion == targetVersion;
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    MigrationPlans(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    List<Pathway> pathways() {
        Map<String, List<ProcessDefinition>> byKey = repository.createProcessDefinitionQuery()
                .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        List<Pathway> pathways = new ArrayList<>();
        byKey.forEach((key, definitions) -> {
            ProcessDefinition newest = definitions.get(definitions.size() - 1);
            List<Version> versions = definitions.stream().map(d -> new Version(d.getVersion(), d.getId(),
                    runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count(), d == newest))
                    .toList();
            pathways.add(new Pathway(key, newest.getName() == null ? key : newest.getName(), versions));
        });
        return pathways;
    }

    /** The plan from {@code version} of {@code key} to its newest version; 404 when either does not exist. */
    Plan plan(String key, int version) {
        ProcessDefinition source = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).withoutTenantId().singleResult();
        if (source == null) {
            throw new NotFoundException("migration.unknownVersion", key, version);
        }
        ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .withoutTenantId().latestVersion().singleResult();
        long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        if (source.getId().equals(target.getId())) {
            return new Plan(key, version, version, running, List.of(), List.of(), List.of(), null);
        }
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
        BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());
        Map<String, Long> waiting = waitingIn(source.getId());
        MigrationPlan engine = null;
        List<String> errors = new ArrayList<>();
        try {
            engine = build(source.getId(), target.getId(), List.of());
            Set<String> equal = engine.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                    .collect(Collectors.toSet());
            List<String> moved = waiting.keySet().stream().filter(id -> !equal.contains(id)
                    && sameKind(sourceModel, targetModel, id)).toList();
            if (!moved.isEmpty()) {
                engine = build(source.getId(), target.getId(), moved);
            }
        } catch (MigrationPlanValidationException refused) {
            errors.addAll(failures(refused.getValidationReport()));
        } catch (ProcessEngineException refused) {
            errors.add(refused.getMessage());
        }
        List<Mapping> mapped = engine == null ? List.of() : engine.getInstructions().stream()
                .map(i -> new Mapping(i.getSourceActivityId(), name(sourceModel, i.getSourceActivityId()),
                        i.getTargetActivityId(), name(targetModel, i.getTargetActivityId()),
                        waiting.getOrDefault(i.getSourceActivityId(), 0L)))
                .sorted(Comparator.comparing(Mapping::sourceId)).toList();
        Set<String> mappedIds = mapped.stream().map(Mapping::sourceId).collect(Collectors.toSet());
        List<Unmapped> unmapped = waiting.entrySet().stream().filter(e -> !mappedIds.contains(e.getKey()))
                .map(e -> new Unmapped(e.getKey(), name(sourceModel, e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Unmapped::activityId)).toList();
        return new Plan(key, version, target.getVersion(), running, mapped, unmapped, errors, engine);
    }

    /**
     * Activities with equal ids in equal scopes, and those in {@code moved}: a waiting activity that kept its id but
     * sits in another scope of the newest version (a timer now inside a sub-process); the engine creates the new
     * scope around the instances that wait there.
     */
    private MigrationPlan build(String sourceId, String targetId, List<String> moved) {
        MigrationPlanBuilder builder = runtime.createMigrationPlan(sourceId, targetId).mapEqualActivities();
        for (String activityId : moved) {
            builder = builder.mapActivities(activityId, activityId);
        }
        return builder.build();
    }

    private static boolean sameKind(BpmnModelInstance source, BpmnModelInstance target, String activityId) {
        ModelElementInstance before = source.getModelElementById(activityId);
        ModelElementInstance after = target.getModelElementById(activityId);
        return before != null && after != null && before.getElementType().equals(after.getElementType());
    }

    /** Activities of the definition in which instances wait now, with how many. */
    private Map<String, Long> waitingIn(String definitionId) {
        Map<String, Long> waiting = new LinkedHashMap<>();
        for (ActivityStatistics activity : management.createActivityStatisticsQuery(definitionId).list()) {
            if (activity.getInstances() > 0) {
                waiting.put(activity.getId(), (long) activity.getInstances());
            }
        }
        return waiting;
    }

    private static List<String> failures(MigrationPlanValidationReport report) {
        List<String> failures = new ArrayList<>();
        report.getInstructionReports().forEach(r -> {
            MigrationInstruction instruction = r.getMigrationInstruction();
            r.getFailures().forEach(f -> failures.add(instruction.getSourceActivityId() + " → "
                    + instruction.getTargetActivityId() + ": " + f));
        });
        report.getVariableReports().forEach((variable, r) -> r.getFailures()
                .forEach(f -> failures.add(variable + ": " + f)));
        return failures;
    }

    private static String name(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activityId;
    }
}
