package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs a {@link SimulationPlan}: the same plan and seed always give the same sessions, samples and API calls. */
public final class TelemetrySimulator {

    public Simulation run(SimulationPlan plan) {
        List<PlannedSession> planned = new SessionPlanner().plan(plan);
        new FaultAssigner().assign(plan, planned);
        RegionalFaults regional = new RegionalFaults(plan.faults());
        GroundTruth truth = new GroundTruth(regional);
        SampleGenerator generator = new SampleGenerator(regional);
        List<QualitySample> samples = new ArrayList<>();
        List<SimulatedSession> sessions = new ArrayList<>(planned.size());
        for (PlannedSession s : planned) {
            generator.generate(s, plan.seed(), samples::add);
            sessions.add(new SimulatedSession(s.sessionId, s.appId, s.start, s.end, s.hostRegion,
                    s.users.stream().map(u -> u.participant).toList(), s.injected, s.subjectUserId, truth.of(s)));
        }
        samples.sort(Comparator.comparing(QualitySample::ts));
        return new Simulation(plan, sessions, samples, new ApiCallGenerator().generate(plan));
    }
}
