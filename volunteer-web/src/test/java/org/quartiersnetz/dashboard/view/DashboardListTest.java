package org.quartiersnetz.dashboard.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardListTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaBecomeText() {
        assertEquals("'=HYPERLINK(\"http://x\")", DashboardList.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+49 214", DashboardList.cell("+49 214"));
        assertEquals("'-1", DashboardList.cell("-1"));
        assertEquals("'@SUM(A1)", DashboardList.cell("@SUM(A1)"));
        assertEquals("'\tx", DashboardList.cell("\tx"));
        assertEquals("Ayşe Yılmaz", DashboardList.cell("Ayşe Yılmaz"));
        assertEquals("2026-12-06", DashboardList.cell(LocalDate.of(2026, 12, 6)));
        assertEquals("", DashboardList.cell(""));
    }

    @Test
    void listsAreFoundByTheirPath() {
        assertEquals(
                DashboardList.OVERDUE_SUPERVISION,
                DashboardList.ofPath("overdue-supervision").orElseThrow());
        assertEquals(false, DashboardList.ofPath("everything").isPresent());
        assertEquals("coverage-2026-12-06.csv", DashboardList.COVERAGE.fileName(LocalDate.of(2026, 12, 6)));
    }
}
