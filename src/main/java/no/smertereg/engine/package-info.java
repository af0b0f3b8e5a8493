/**
 * Engine: what the embedded Camunda engine does for every registry and module. A process's tenant is its registry's
 * share of its unit, processes that run once per registry and unit start alike
 * ({@link no.smertereg.engine.UnitInstances}), history keeps routing variables only, registry refusals answer 400, tasks only the registry completes are guarded,
 * a job a person runs is checked first. It knows no feature module: course, access and privacy contribute their
 * routing variables ({@link no.smertereg.engine.RoutingVariables}) and engine settings
 * ({@link no.smertereg.engine.EngineContribution}), and use its refusal ({@link no.smertereg.engine.RegistryRefusal})
 * and completion guard ({@link no.smertereg.engine.RegistryCompletions}).
 */
package no.smertereg.engine;
