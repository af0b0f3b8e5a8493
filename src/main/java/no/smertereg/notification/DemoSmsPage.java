package no.smertereg.notification;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Demo mode only: the latest SMS in the outbox (login codes, initial passwords, patient notices), so that a tester
 * can log in and follow a form without a phone. Open without a login, since reading a login code is its purpose;
 * the page does not exist outside demo mode, where there is no real person and no real data (A8).
 */
@Controller
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
class DemoSmsPage {

    private final JdbcTemplate jdbc;

    DemoSmsPage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/demo/sms")
    String sms(Model model) {
        List<Map<String, Object>> messages = jdbc.queryForList("select recipient, body, created_at "
                + "from notification_outbox where channel = 'SMS' order by id desc limit 30");
        model.addAttribute("messages", messages);
        return "demo/sms";
    }
}
