package no.smertereg.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current between reports, on every node: after a migration that marks every course (V29_1) or
 * a busy day, the next report finds little left to recompute. Two nodes at once only do the same work twice.
 */
@Component
class ReportRowRefresh {

    private static final Logger log = LoggerFactory.getLogger(ReportRowRefresh.class);

    private final ReportRows rows;
    private final ReportCells cells;

    ReportRowRefresh(ReportRows rows, ReportCells cells) {
        this.rows = rows;
        this.cells = cells;
    }

    @Scheduled(initialDelayString = "${registry.reports.refresh-delay:PT1M}",
            fixedDelayString = "${registry.reports.refresh-delay:PT1M}")
    void refresh() {
        if (!rows.enabled()) {
            return;
        }
        int recomputed = rows.refresh();
        int tallied = cells.recomputeCleared(rows);
        if (recomputed > 0 || tallied > 0) {
            log.info("Report read model: {} courses and {} unit-months recomputed", recomputed, tallied);
        }
    }
}
