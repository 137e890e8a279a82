package io.globaldesk.telemetry.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The world view of call quality; the page's script loads {@link QualityApi} and refreshes every 15 s. */
@Controller
class QualityPages {

    @GetMapping("/quality")
    @PreAuthorize("hasRole('AGENT')")
    String world() {
        return "telemetry/world";
    }
}
