package org.commonplan.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The scheduler's web page (static/index.html): its deep links, such as {@code /ui/schedules/{id}?by=teacher&id=t1},
 * are the same page, which reads the address itself.
 */
@Controller
public class WebPageController {

    @GetMapping({"/ui", "/ui/", "/ui/schedules/{id}"})
    public String page() {
        return "forward:/index.html";
    }
}
