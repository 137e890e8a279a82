package io.globaldesk.platform;

/**
 * One module's share of the demo data. The loader runs every set once, in {@link #order()}, on an instance whose
 * {@code globaldesk.demo} is true and that has not been loaded before.
 */
public interface DemoDataSet {

    /** Lower runs first: the directory (10) before tickets and knowledge (20+), before telemetry (40+). */
    int order();

    void load();
}
