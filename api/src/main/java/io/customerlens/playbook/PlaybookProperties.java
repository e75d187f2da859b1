package io.customerlens.playbook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How playbooks are served.
 *
 * @param reloadInterval how long the playbooks held in memory are served before they are read again; an edit on
 *                       this server reloads them at once, so this bounds how late other servers see it
 */
@ConfigurationProperties("customerlens.playbooks")
public record PlaybookProperties(@DefaultValue("30s") Duration reloadInterval) {
}
