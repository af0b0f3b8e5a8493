package no.smertereg.access.engineapi;

import jakarta.servlet.http.HttpServletRequest;

import no.smertereg.access.engineapi.EngineApiAllowList.Api;

/**
 * A request to the engine's REST API or a webapp's API, as the allow-list reads it: which API, and the path below
 * it. The engine answers at {@code /engine-rest/...} and {@code /engine-rest/engine/{name}/...} (and the webapps' copy
 * at {@code /camunda/api/engine/engine/{name}/...}): all name the same resources, so the engine part is dropped.
 */
record EngineApiRequest(Api api, String path) {

    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP_API = "/camunda/api/";

    /** Null for a path below {@code /camunda/api/} that is none of the known APIs. */
    static EngineApiRequest of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(ENGINE_REST)) {
            return new EngineApiRequest(Api.ENGINE, engineRelative(path.substring(ENGINE_REST.length())));
        }
        if (!path.startsWith(WEBAPP_API)) {
            return null;
        }
        String rest = path.substring(WEBAPP_API.length());
        int slash = rest.indexOf('/');
        String app = slash < 0 ? rest : rest.substring(0, slash);
        String below = slash < 0 ? "" : rest.substring(slash);
        return switch (app) {
            case "engine" -> new EngineApiRequest(Api.ENGINE, engineRelative(below));
            case "admin" -> new EngineApiRequest(Api.ADMIN, trimmed(below));
            case "cockpit" -> new EngineApiRequest(Api.COCKPIT, trimmed(below));
            case "tasklist" -> new EngineApiRequest(Api.TASKLIST, trimmed(below));
            case "welcome" -> new EngineApiRequest(Api.WELCOME, trimmed(below));
            default -> null;
        };
    }

    /** {@code /engine/default/task} and {@code /task} are the same resource; {@code /engine} lists the engines. */
    private static String engineRelative(String path) {
        String trimmed = trimmed(path);
        if (trimmed.startsWith("/engine/")) {
            int next = trimmed.indexOf('/', "/engine/".length());
            return next < 0 ? "/" : trimmed.substring(next);
        }
        return trimmed;
    }

    private static String trimmed(String path) {
        String result = path.isEmpty() ? "/" : path;
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
