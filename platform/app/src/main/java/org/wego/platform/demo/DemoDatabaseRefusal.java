package org.wego.platform.demo;

/** Demo data was to be loaded into a database that {@code ./wego run --demo} did not create. */
public class DemoDatabaseRefusal extends IllegalStateException {

    DemoDatabaseRefusal() {
        super("refused: this database was not created by ./wego run --demo, and demo records never enter"
                + " another one; run ./wego run --demo (its own database, wego_demo) to see the demo data. If the"
                + " first ./wego run --demo stopped half-way, drop the database wego_demo and run it again");
    }
}
