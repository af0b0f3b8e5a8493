package no.smertereg.access.engineapi;

import java.util.List;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

import no.smertereg.access.CamundaSessionIdentity;
import no.smertereg.access.engineapi.EngineApiAllowList.Target;

/**
 * Whether an engine object the request names is visible to the user, asked with the engine's own queries under the
 * user's authentication (authorizations and tenant check apply): an object of another unit is answered as missing
 * before any command could touch it.
 */
final class EngineObjects {

    private final ProcessEngine engine;

    EngineObjects(ProcessEngine engine) {
        this.engine = engine;
    }

    boolean visible(CamundaSessionIdentity user, Target target, String id) {
        if (target == Target.NONE) {
            return true;
        }
        IdentityService identity = engine.getIdentityService();
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(user.userId(), user.groups(), tenantsOf(user, identity));
        try {
            return count(target, id) > 0;
        } finally {
            identity.setAuthentication(before);
        }
    }

    /** As Camunda's REST filter does: without a session-scoped list, the user's tenant memberships. */
    private static List<String> tenantsOf(CamundaSessionIdentity user, IdentityService identity) {
        if (user.tenants() != null) {
            return user.tenants();
        }
        return identity.createTenantQuery().userMember(user.userId()).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
    }

    private long count(Target target, String id) {
        RuntimeService runtime = engine.getRuntimeService();
        RepositoryService repository = engine.getRepositoryService();
        ManagementService management = engine.getManagementService();
        TaskService tasks = engine.getTaskService();
        FilterService filters = engine.getFilterService();
        ExternalTaskService externalTasks = engine.getExternalTaskService();
        return switch (target) {
            case TASK -> tasks.createTaskQuery().taskId(id).count();
            case PROCESS_INSTANCE -> runtime.createProcessInstanceQuery().processInstanceId(id).count();
            case EXECUTION -> runtime.createExecutionQuery().executionId(id).count();
            case JOB -> management.createJobQuery().jobId(id).count();
            case JOB_DEFINITION -> management.createJobDefinitionQuery().jobDefinitionId(id).count();
            case PROCESS_DEFINITION -> repository.createProcessDefinitionQuery().processDefinitionId(id).count();
            case PROCESS_DEFINITION_KEY -> repository.createProcessDefinitionQuery().processDefinitionKey(id).count();
            case DEPLOYMENT -> repository.createDeploymentQuery().deploymentId(id).count();
            case INCIDENT -> runtime.createIncidentQuery().incidentId(id).count();
            case FILTER -> filters.createFilterQuery().filterId(id).count();
            case VARIABLE_INSTANCE -> runtime.createVariableInstanceQuery().variableId(id).count();
            case EXTERNAL_TASK -> externalTasks.createExternalTaskQuery().externalTaskId(id).count();
            case BATCH -> management.createBatchQuery().batchId(id).count();
            case NONE -> 1;
        };
    }
}
