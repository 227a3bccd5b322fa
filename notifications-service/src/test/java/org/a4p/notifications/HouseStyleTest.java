package org.a4p.notifications;

import org.a4p.testing.HouseStyle;
import org.junit.jupiter.api.Test;

/** A plain test: ArchUnit reads the compiled classes, which it cannot do through Quarkus' class loader. */
class HouseStyleTest {

    @Test
    void houseStyle() {
        HouseStyle.check("org.a4p.notifications");
    }
}
